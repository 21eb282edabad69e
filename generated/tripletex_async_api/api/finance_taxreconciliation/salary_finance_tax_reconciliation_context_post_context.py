"""`POST /salary/financeTax/reconciliation/context` (SalaryFinanceTaxReconciliationContext_postContext): `tx.finance_tax_reconciliation.post_context(...)`."""

from typing import Any

import httpx

from ...models.finance_tax_context_request import FinanceTaxContextRequest
from ...models.response_wrapper_finance_tax_context import ResponseWrapperFinanceTaxContext
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: FinanceTaxContextRequest,
) -> RequestArgs:
    """The request of `POST /salary/financeTax/reconciliation/context`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/salary/financeTax/reconciliation/context",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperFinanceTaxContext | None:
    """The answer as `ResponseWrapperFinanceTaxContext`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperFinanceTaxContext.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="SalaryFinanceTaxReconciliationContext_postContext",
    group="finance_tax_reconciliation",
    name="post_context",
    method="POST",
    path="/salary/financeTax/reconciliation/context",
    summary="Create a financeTax reconciliation context for a customer",
    parameters=(),
    paginated=False,
    body_type="FinanceTaxContextRequest",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperFinanceTaxContext"),),
    deprecated=False,
    build=build,
    parse=parse,
)
