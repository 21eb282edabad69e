"""`POST /balance/reconciliation/annual/context` (BalanceReconciliationAnnualContext_postAnnualContext): `tx.balance_reconciliation.post_annual_context(...)`."""

from typing import Any

import httpx

from ...models.annual_balance_context_request import AnnualBalanceContextRequest
from ...models.response_wrapper_annual_balance_context import ResponseWrapperAnnualBalanceContext
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: AnnualBalanceContextRequest,
) -> RequestArgs:
    """The request of `POST /balance/reconciliation/annual/context`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/balance/reconciliation/annual/context",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperAnnualBalanceContext | None:
    """The answer as `ResponseWrapperAnnualBalanceContext`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperAnnualBalanceContext.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="BalanceReconciliationAnnualContext_postAnnualContext",
    group="balance_reconciliation",
    name="post_annual_context",
    method="POST",
    path="/balance/reconciliation/annual/context",
    summary="Create a annualBalance reconciliation context for a customer",
    parameters=(),
    paginated=False,
    body_type="AnnualBalanceContextRequest",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperAnnualBalanceContext"),),
    deprecated=False,
    build=build,
    parse=parse,
)
