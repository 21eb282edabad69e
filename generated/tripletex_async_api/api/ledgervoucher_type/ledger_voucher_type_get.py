"""`GET /ledger/voucherType/{id}` (LedgerVoucherType_get): `tx.ledger_voucher_type.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_voucher_type import ResponseWrapperVoucherType
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /ledger/voucherType/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/ledger/voucherType/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperVoucherType | None:
    """The answer as `ResponseWrapperVoucherType`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperVoucherType.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerVoucherType_get",
    group="ledger_voucher_type",
    name="get",
    method="GET",
    path="/ledger/voucherType/{id}",
    summary="Get voucher type by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperVoucherType"),),
    deprecated=False,
    build=build,
    parse=parse,
)
