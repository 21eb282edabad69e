"""`PUT /bank/reconciliation/transactions/unmatched:csv` (BankReconciliationTransactionsUnmatchedcsv_csvTransactions): `tx.bank_reconciliation.csv_transactions(...)`."""

from io import BytesIO
from typing import Any

import httpx

from ...types import UNSET, File, Operation, Param, RequestArgs, Unset


def build(
    *,
    reconciliation_id: int | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /bank/reconciliation/transactions/unmatched:csv`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["reconciliationId"] = reconciliation_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/bank/reconciliation/transactions/unmatched:csv",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> File | None:
    """The answer as `File`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    return None


OPERATION = Operation(
    id="BankReconciliationTransactionsUnmatchedcsv_csvTransactions",
    group="bank_reconciliation",
    name="csv_transactions",
    method="PUT",
    path="/bank/reconciliation/transactions/unmatched:csv",
    summary="Get all unmatched transactions in csv format",
    parameters=(Param("reconciliationId", "reconciliation_id", "query", False),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "File"),),
    deprecated=False,
    build=build,
    parse=parse,
)
