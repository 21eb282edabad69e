"""`PUT /ledger/voucher/{id}/:reverse` (LedgerVoucherReverse_reverse): `tx.ledger_voucher.reverse(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_voucher import ResponseWrapperVoucher
from ...types import UNSET, Operation, Param, RequestArgs


def build(
    id: int,
    *,
    date: str,
) -> RequestArgs:
    """The request of `PUT /ledger/voucher/{id}/:reverse`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["date"] = date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/ledger/voucher/{id}/:reverse".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperVoucher | None:
    """The answer as `ResponseWrapperVoucher`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperVoucher.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerVoucherReverse_reverse",
    group="ledger_voucher",
    name="reverse",
    method="PUT",
    path="/ledger/voucher/{id}/:reverse",
    summary="Reverses the voucher, and returns the reversed voucher. Supports reversing most voucher types, except salary transactions.",
    parameters=(
        Param("id", "id", "path", True),
        Param("date", "date", "query", True),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperVoucher"),),
    deprecated=False,
    build=build,
    parse=parse,
)
