"""`PUT /bank/reconciliation/match/:suggest` (BankReconciliationMatchSuggest_suggest): `tx.bank_reconciliation_match.suggest(...)`."""

from typing import Any

import httpx

from ...models.list_response_bank_reconciliation_match import ListResponseBankReconciliationMatch
from ...types import UNSET, Operation, Param, RequestArgs


def build(
    *,
    bank_reconciliation_id: int,
) -> RequestArgs:
    """The request of `PUT /bank/reconciliation/match/:suggest`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["bankReconciliationId"] = bank_reconciliation_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/bank/reconciliation/match/:suggest",
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
    id="BankReconciliationMatchSuggest_suggest",
    group="bank_reconciliation_match",
    name="suggest",
    method="PUT",
    path="/bank/reconciliation/match/:suggest",
    summary="Suggest matches for a bank reconciliation by ID.",
    parameters=(Param("bankReconciliationId", "bank_reconciliation_id", "query", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseBankReconciliationMatch"),),
    deprecated=False,
    build=build,
    parse=parse,
)
