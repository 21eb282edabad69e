"""`POST /salary/taxDeduction/reconciliation/context` (SalaryTaxDeductionReconciliationContext_postContext): `tx.salary_tax_deduction_reconciliation.post_context(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_tax_deduction_context import ResponseWrapperTaxDeductionContext
from ...models.tax_deduction_context_request import TaxDeductionContextRequest
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: TaxDeductionContextRequest,
) -> RequestArgs:
    """The request of `POST /salary/taxDeduction/reconciliation/context`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/salary/taxDeduction/reconciliation/context",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperTaxDeductionContext | None:
    """The answer as `ResponseWrapperTaxDeductionContext`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperTaxDeductionContext.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="SalaryTaxDeductionReconciliationContext_postContext",
    group="salary_tax_deduction_reconciliation",
    name="post_context",
    method="POST",
    path="/salary/taxDeduction/reconciliation/context",
    summary="Create a taxDeduction reconciliation context for a customer",
    parameters=(),
    paginated=False,
    body_type="TaxDeductionContextRequest",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperTaxDeductionContext"),),
    deprecated=False,
    build=build,
    parse=parse,
)
