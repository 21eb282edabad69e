"""`PUT /bank/reconciliation/internal/match/updateSuggestions` (BankReconciliationInternalMatchUpdateSuggestions_updateSuggestions): `tx.bank_reconciliation_internal_match.update_suggestions(...)`."""

from typing import Any

import httpx

from ...models.reconciliation_match import ReconciliationMatch
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: list[ReconciliationMatch] | Unset = UNSET,
    approve: bool,
) -> RequestArgs:
    """The request of `PUT /bank/reconciliation/internal/match/updateSuggestions`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["approve"] = approve

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/bank/reconciliation/internal/match/updateSuggestions",
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


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 200:
        return None

    return None


OPERATION = Operation(
    id="BankReconciliationInternalMatchUpdateSuggestions_updateSuggestions",
    group="bank_reconciliation_internal_match",
    name="update_suggestions",
    method="PUT",
    path="/bank/reconciliation/internal/match/updateSuggestions",
    summary="Approve or reject bank reconciliation match suggestions.",
    parameters=(Param("approve", "approve", "query", True),),
    paginated=False,
    body_type="list[ReconciliationMatch]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
