"""`PUT /bank/reconciliation/entry/posting` (BankReconciliationEntryPosting_posting): `tx.bank_reconciliation_entry_posting.posting(...)`."""

from typing import Any

import httpx

from ...models.bank_reconciliation_entry_posting_posting_entry_type import (
    BankReconciliationEntryPostingPostingEntryType,
)
from ...models.list_response_reconciliation_entry import ListResponseReconciliationEntry
from ...models.reconciliation_entry import ReconciliationEntry
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: list[ReconciliationEntry] | Unset = UNSET,
    account_id: int,
    start_date: str | Unset = UNSET,
    query: str | Unset = UNSET,
    entry_type: BankReconciliationEntryPostingPostingEntryType | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /bank/reconciliation/entry/posting`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["accountId"] = account_id

    params["startDate"] = start_date

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
        "url": "/bank/reconciliation/entry/posting",
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
    id="BankReconciliationEntryPosting_posting",
    group="bank_reconciliation_entry_posting",
    name="posting",
    method="PUT",
    path="/bank/reconciliation/entry/posting",
    summary=" Find reconciliation postings corresponding with sent data.",
    parameters=(
        Param("accountId", "account_id", "query", True),
        Param("startDate", "start_date", "query", False),
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
