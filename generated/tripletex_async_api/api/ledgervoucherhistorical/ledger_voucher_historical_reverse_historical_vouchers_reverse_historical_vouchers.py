"""`PUT /ledger/voucher/historical/:reverseHistoricalVouchers` (LedgerVoucherHistoricalReverseHistoricalVouchers_reverseHistoricalVouchers): `tx.ledger_voucher_historical.reverse_historical_vouchers(...)`."""

from typing import Any

import httpx

from ...types import Operation, RequestArgs


def build() -> RequestArgs:
    """The request of `PUT /ledger/voucher/historical/:reverseHistoricalVouchers`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/ledger/voucher/historical/:reverseHistoricalVouchers",
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 200:
        return None

    return None


OPERATION = Operation(
    id="LedgerVoucherHistoricalReverseHistoricalVouchers_reverseHistoricalVouchers",
    group="ledger_voucher_historical",
    name="reverse_historical_vouchers",
    method="PUT",
    path="/ledger/voucher/historical/:reverseHistoricalVouchers",
    summary='[BETA] Deletes all historical vouchers. Requires the "All vouchers" and "Advanced Voucher" permissions.',
    parameters=(),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
