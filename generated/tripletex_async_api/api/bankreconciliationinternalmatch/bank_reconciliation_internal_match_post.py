"""`POST /bank/reconciliation/internal/match` (BankReconciliationInternalMatch_post): `tx.bank_reconciliation_internal_match.post(...)`."""

from typing import Any

import httpx

from ...models.reconciliation_match import ReconciliationMatch
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: ReconciliationMatch,
) -> RequestArgs:
    """The request of `POST /bank/reconciliation/internal/match`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/bank/reconciliation/internal/match",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 201:
        return None

    return None


OPERATION = Operation(
    id="BankReconciliationInternalMatch_post",
    group="bank_reconciliation_internal_match",
    name="post",
    method="POST",
    path="/bank/reconciliation/internal/match",
    summary="Create a bank reconciliation match.",
    parameters=(),
    paginated=False,
    body_type="ReconciliationMatch",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
