"""`GET /ledger/voucher/openingBalance` (LedgerVoucherOpeningBalance_get): `tx.ledger_voucher_opening_balance.get(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_voucher import ResponseWrapperVoucher
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /ledger/voucher/openingBalance`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/ledger/voucher/openingBalance",
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
    id="LedgerVoucherOpeningBalance_get",
    group="ledger_voucher_opening_balance",
    name="get",
    method="GET",
    path="/ledger/voucher/openingBalance",
    summary="[BETA] Get the voucher for the opening balance.",
    parameters=(Param("fields", "fields", "query", False, ""),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperVoucher"),),
    deprecated=False,
    build=build,
    parse=parse,
)
