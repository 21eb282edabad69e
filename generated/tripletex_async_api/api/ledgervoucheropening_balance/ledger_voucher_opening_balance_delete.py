"""`DELETE /ledger/voucher/openingBalance` (LedgerVoucherOpeningBalance_delete): `tx.ledger_voucher_opening_balance.delete(...)`."""

from typing import Any

import httpx

from ...types import Operation, RequestArgs


def build() -> RequestArgs:
    """The request of `DELETE /ledger/voucher/openingBalance`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/ledger/voucher/openingBalance",
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="LedgerVoucherOpeningBalance_delete",
    group="ledger_voucher_opening_balance",
    name="delete",
    method="DELETE",
    path="/ledger/voucher/openingBalance",
    summary="[BETA] Delete the opening balance. The correction voucher will also be deleted",
    parameters=(),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
