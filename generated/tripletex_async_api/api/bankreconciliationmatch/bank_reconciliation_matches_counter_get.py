"""`GET /bank/reconciliation/matches/counter` (BankReconciliationMatchesCounter_get): `tx.bank_reconciliation_match.bank_reconciliation_matches_counter_get(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_bank_reconciliation_matches_counter import (
    ResponseWrapperBankReconciliationMatchesCounter,
)
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    bank_reconciliation_id: int,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /bank/reconciliation/matches/counter`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["bankReconciliationId"] = bank_reconciliation_id

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/bank/reconciliation/matches/counter",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperBankReconciliationMatchesCounter | None:
    """The answer as `ResponseWrapperBankReconciliationMatchesCounter`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperBankReconciliationMatchesCounter.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="BankReconciliationMatchesCounter_get",
    group="bank_reconciliation_match",
    name="bank_reconciliation_matches_counter_get",
    method="GET",
    path="/bank/reconciliation/matches/counter",
    summary="[BETA] Get number of matches since last page access.",
    parameters=(
        Param("bankReconciliationId", "bank_reconciliation_id", "query", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperBankReconciliationMatchesCounter"),),
    deprecated=False,
    build=build,
    parse=parse,
)
