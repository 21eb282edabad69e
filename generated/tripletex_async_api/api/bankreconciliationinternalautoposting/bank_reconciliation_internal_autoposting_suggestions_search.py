"""`GET /bank/reconciliation/internal/autoposting/suggestions` (BankReconciliationInternalAutopostingSuggestions_search): `tx.bank_reconciliation_internal_autoposting.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_auto_posting_suggestion import ListResponseAutoPostingSuggestion
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    bank_reconciliation_id: int | Unset = UNSET,
    query: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /bank/reconciliation/internal/autoposting/suggestions`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["bankReconciliationId"] = bank_reconciliation_id

    params["query"] = query

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/bank/reconciliation/internal/autoposting/suggestions",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseAutoPostingSuggestion | None:
    """The answer as `ListResponseAutoPostingSuggestion`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseAutoPostingSuggestion.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="BankReconciliationInternalAutopostingSuggestions_search",
    group="bank_reconciliation_internal_autoposting",
    name="search",
    method="GET",
    path="/bank/reconciliation/internal/autoposting/suggestions",
    summary="Find pending AutoPosting suggestions for a bank reconciliation.",
    parameters=(
        Param("bankReconciliationId", "bank_reconciliation_id", "query", False),
        Param("query", "query", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseAutoPostingSuggestion"),),
    deprecated=False,
    build=build,
    parse=parse,
)
