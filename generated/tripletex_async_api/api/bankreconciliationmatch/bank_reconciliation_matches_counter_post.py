"""`POST /bank/reconciliation/matches/counter` (BankReconciliationMatchesCounter_post): `tx.bank_reconciliation_match.bank_reconciliation_matches_counter_post(...)`."""

from typing import Any

import httpx

from ...types import UNSET, Operation, Param, RequestArgs


def build(
    *,
    bank_reconciliation_id: int,
) -> RequestArgs:
    """The request of `POST /bank/reconciliation/matches/counter`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["bankReconciliationId"] = bank_reconciliation_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/bank/reconciliation/matches/counter",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 201:
        return None

    return None


OPERATION = Operation(
    id="BankReconciliationMatchesCounter_post",
    group="bank_reconciliation_match",
    name="bank_reconciliation_matches_counter_post",
    method="POST",
    path="/bank/reconciliation/matches/counter",
    summary="[BETA] Reset the number of matches after the page has been accessed.",
    parameters=(Param("bankReconciliationId", "bank_reconciliation_id", "query", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((201, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
