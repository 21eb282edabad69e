"""`POST /ledger/voucher/openingBalance` (LedgerVoucherOpeningBalance_post): `tx.ledger_voucher_opening_balance.post(...)`."""

from typing import Any

import httpx

from ...models.opening_balance import OpeningBalance
from ...models.response_wrapper_voucher import ResponseWrapperVoucher
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: OpeningBalance,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /ledger/voucher/openingBalance`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/ledger/voucher/openingBalance",
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperVoucher | None:
    """The answer as `ResponseWrapperVoucher`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperVoucher.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="LedgerVoucherOpeningBalance_post",
    group="ledger_voucher_opening_balance",
    name="post",
    method="POST",
    path="/ledger/voucher/openingBalance",
    summary="[BETA] Add an opening balance on the given date.  All movements before this date will be 'zeroed out' in a separate correction voucher. The opening balance must have the first day of a month as the date, and it's also recommended to have the first day of the year as the date. If the postings provided don't balance the voucher, the difference will automatically be posted to a help account",
    parameters=(Param("fields", "fields", "query", False, "*"),),
    paginated=False,
    body_type="OpeningBalance",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperVoucher"),),
    deprecated=False,
    build=build,
    parse=parse,
)
