"""`GET /bank/reconciliation/match` (BankReconciliationMatch_search): `tx.bank_reconciliation_match.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_bank_reconciliation_match import ListResponseBankReconciliationMatch
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    bank_reconciliation_id: str | Unset = UNSET,
    count: int | Unset = UNSET,
    approved: bool | Unset = UNSET,
    from_: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /bank/reconciliation/match`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["bankReconciliationId"] = bank_reconciliation_id

    params["count"] = count

    params["approved"] = approved

    params["from"] = from_

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/bank/reconciliation/match",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseBankReconciliationMatch | None:
    """The answer as `ListResponseBankReconciliationMatch`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseBankReconciliationMatch.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="BankReconciliationMatch_search",
    group="bank_reconciliation_match",
    name="search",
    method="GET",
    path="/bank/reconciliation/match",
    summary="Find bank reconciliation match corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("bankReconciliationId", "bank_reconciliation_id", "query", False),
        Param("count", "count", "query", False, 5000),
        Param("approved", "approved", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseBankReconciliationMatch"),),
    deprecated=False,
    build=build,
    parse=parse,
)
