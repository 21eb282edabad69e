"""`PUT /bank/reconciliation/internal/match/runAutoMatchAlgorithm` (BankReconciliationInternalMatchRunAutoMatchAlgorithm_runAutoMatchAlgorithm): `tx.bank_reconciliation_internal_match.run_auto_match_algorithm(...)`."""

from typing import Any

import httpx

from ...models.list_response_reconciliation_match import ListResponseReconciliationMatch
from ...types import UNSET, Operation, Param, RequestArgs


def build(
    *,
    bank_reconciliation_id: int,
) -> RequestArgs:
    """The request of `PUT /bank/reconciliation/internal/match/runAutoMatchAlgorithm`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["bankReconciliationId"] = bank_reconciliation_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/bank/reconciliation/internal/match/runAutoMatchAlgorithm",
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
    id="BankReconciliationInternalMatchRunAutoMatchAlgorithm_runAutoMatchAlgorithm",
    group="bank_reconciliation_internal_match",
    name="run_auto_match_algorithm",
    method="PUT",
    path="/bank/reconciliation/internal/match/runAutoMatchAlgorithm",
    summary="Suggest matches for a bank reconciliation by ID.",
    parameters=(Param("bankReconciliationId", "bank_reconciliation_id", "query", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseReconciliationMatch"),),
    deprecated=False,
    build=build,
    parse=parse,
)
