"""`GET /ledger/voucher/{id}/options` (LedgerVoucherOptions_options): `tx.ledger_voucher.options(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_voucher_options import ResponseWrapperVoucherOptions
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /ledger/voucher/{id}/options`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/ledger/voucher/{id}/options".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperVoucherOptions | None:
    """The answer as `ResponseWrapperVoucherOptions`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperVoucherOptions.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerVoucherOptions_options",
    group="ledger_voucher",
    name="options",
    method="GET",
    path="/ledger/voucher/{id}/options",
    summary="Returns a data structure containing meta information about operations that are available for this voucher. Currently only implemented for DELETE: It is possible to check if the voucher is deletable.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperVoucherOptions"),),
    deprecated=False,
    build=build,
    parse=parse,
)
