"""`PUT /bank/reconciliation/entry/bankTransaction` (BankReconciliationEntryBankTransaction_bankTransaction): `tx.bank_reconciliation_entry_bank_transaction.bank_transaction(...)`."""

from typing import Any

import httpx

from ...models.bank_reconciliation_entry_bank_transaction_bank_transaction_entry_type import (
    BankReconciliationEntryBankTransactionBankTransactionEntryType,
)
from ...models.list_response_reconciliation_entry import ListResponseReconciliationEntry
from ...models.reconciliation_entry import ReconciliationEntry
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: list[ReconciliationEntry] | Unset = UNSET,
    bank_reconciliation_id: int | Unset = UNSET,
    query: str | Unset = UNSET,
    entry_type: BankReconciliationEntryBankTransactionBankTransactionEntryType | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /bank/reconciliation/entry/bankTransaction`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["bankReconciliationId"] = bank_reconciliation_id

    params["query"] = query

    json_entry_type: str | Unset = UNSET
    if not isinstance(entry_type, Unset):
        json_entry_type = entry_type.value

    params["entryType"] = json_entry_type

    params["sortOrder"] = sort_order

    params["sortField"] = sort_field

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/bank/reconciliation/entry/bankTransaction",
        "params": params,
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["json"] = []
            for body_item_data in body:
                body_item = body_item_data.to_dict()
                _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseReconciliationEntry | None:
    """The answer as `ListResponseReconciliationEntry`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseReconciliationEntry.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="BankReconciliationEntryBankTransaction_bankTransaction",
    group="bank_reconciliation_entry_bank_transaction",
    name="bank_transaction",
    method="PUT",
    path="/bank/reconciliation/entry/bankTransaction",
    summary=" Find reconciliation bank transactions corresponding with sent data.",
    parameters=(
        Param("bankReconciliationId", "bank_reconciliation_id", "query", False),
        Param("query", "query", "query", False),
        Param("entryType", "entry_type", "query", False),
        Param("sortOrder", "sort_order", "query", False, "ascending"),
        Param("sortField", "sort_field", "query", False, "date"),
    ),
    paginated=False,
    body_type="list[ReconciliationEntry]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ListResponseReconciliationEntry"),),
    deprecated=False,
    build=build,
    parse=parse,
)
