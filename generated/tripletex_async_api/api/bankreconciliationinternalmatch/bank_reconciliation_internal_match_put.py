"""`PUT /bank/reconciliation/internal/match` (BankReconciliationInternalMatch_put): `tx.bank_reconciliation_internal_match.put(...)`."""

from typing import Any

import httpx

from ...models.list_response_reconciliation_match import ListResponseReconciliationMatch
from ...models.reconciliation_match import ReconciliationMatch
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: list[ReconciliationMatch] | Unset = UNSET,
    bank_reconciliation_id: int | Unset = UNSET,
    approved: bool | Unset = UNSET,
    query: str | Unset = UNSET,
    count: int | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /bank/reconciliation/internal/match`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["bankReconciliationId"] = bank_reconciliation_id

    params["approved"] = approved

    params["query"] = query

    params["count"] = count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/bank/reconciliation/internal/match",
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


def parse(response: httpx.Response) -> ListResponseReconciliationMatch | None:
    """The answer as `ListResponseReconciliationMatch`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseReconciliationMatch.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="BankReconciliationInternalMatch_put",
    group="bank_reconciliation_internal_match",
    name="put",
    method="PUT",
    path="/bank/reconciliation/internal/match",
    summary=" Find bank reconciliation matches corresponding with sent data.",
    parameters=(
        Param("bankReconciliationId", "bank_reconciliation_id", "query", False),
        Param("approved", "approved", "query", False),
        Param("query", "query", "query", False),
        Param("count", "count", "query", False),
    ),
    paginated=False,
    body_type="list[ReconciliationMatch]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ListResponseReconciliationMatch"),),
    deprecated=False,
    build=build,
    parse=parse,
)
