"""`PUT /bank/reconciliation/internal/autoposting/suggestions/acceptAll` (BankReconciliationInternalAutopostingSuggestionsAcceptAll_acceptAll): `tx.bank_reconciliation_internal_autoposting.accept_all(...)`."""

from typing import Any

import httpx

from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    bank_reconciliation_id: int | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /bank/reconciliation/internal/autoposting/suggestions/acceptAll`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["bankReconciliationId"] = bank_reconciliation_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/bank/reconciliation/internal/autoposting/suggestions/acceptAll",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 200:
        return None

    return None


OPERATION = Operation(
    id="BankReconciliationInternalAutopostingSuggestionsAcceptAll_acceptAll",
    group="bank_reconciliation_internal_autoposting",
    name="accept_all",
    method="PUT",
    path="/bank/reconciliation/internal/autoposting/suggestions/acceptAll",
    summary="Accept all pending AutoPosting suggestions for a bank reconciliation.",
    parameters=(Param("bankReconciliationId", "bank_reconciliation_id", "query", False),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
