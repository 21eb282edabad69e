"""`GET /bank/reconciliation/internal/match` (BankReconciliationInternalMatch_search): `tx.bank_reconciliation_internal_match.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_reconciliation_match import ListResponseReconciliationMatch
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    bank_reconciliation_id: int | Unset = UNSET,
    approved: bool | Unset = UNSET,
    query: str | Unset = UNSET,
    count: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /bank/reconciliation/internal/match`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["bankReconciliationId"] = bank_reconciliation_id

    params["approved"] = approved

    params["query"] = query

    params["count"] = count

    params["from"] = from_

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/bank/reconciliation/internal/match",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseReconciliationMatch | None:
    """The answer as `ListResponseReconciliationMatch`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseReconciliationMatch.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="BankReconciliationInternalMatch_search",
    group="bank_reconciliation_internal_match",
    name="search",
    method="GET",
    path="/bank/reconciliation/internal/match",
    summary=" Find bank reconciliation matches corresponding with sent data.",
    parameters=(
        Param("bankReconciliationId", "bank_reconciliation_id", "query", False),
        Param("approved", "approved", "query", False),
        Param("query", "query", "query", False),
        Param("count", "count", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseReconciliationMatch"),),
    deprecated=False,
    build=build,
    parse=parse,
)
