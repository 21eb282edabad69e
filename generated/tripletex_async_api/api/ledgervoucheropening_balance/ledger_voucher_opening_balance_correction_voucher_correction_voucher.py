"""`GET /ledger/voucher/openingBalance/>correctionVoucher` (LedgerVoucherOpeningBalanceCorrectionVoucher_correctionVoucher): `tx.ledger_voucher_opening_balance.correction_voucher(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_voucher import ResponseWrapperVoucher
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /ledger/voucher/openingBalance/>correctionVoucher`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/ledger/voucher/openingBalance/>correctionVoucher",
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
    id="LedgerVoucherOpeningBalanceCorrectionVoucher_correctionVoucher",
    group="ledger_voucher_opening_balance",
    name="correction_voucher",
    method="GET",
    path="/ledger/voucher/openingBalance/>correctionVoucher",
    summary="[BETA] Get the correction voucher for the opening balance.",
    parameters=(Param("fields", "fields", "query", False, ""),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperVoucher"),),
    deprecated=False,
    build=build,
    parse=parse,
)
