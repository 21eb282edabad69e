"""`POST /salary/payrollTax/reconciliation/context` (SalaryPayrollTaxReconciliationContext_postContext): `tx.salary_payroll_tax_reconciliation.post_context(...)`."""

from typing import Any

import httpx

from ...models.payroll_tax_context_request import PayrollTaxContextRequest
from ...models.response_wrapper_payroll_tax_context import ResponseWrapperPayrollTaxContext
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: PayrollTaxContextRequest,
) -> RequestArgs:
    """The request of `POST /salary/payrollTax/reconciliation/context`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/salary/payrollTax/reconciliation/context",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperPayrollTaxContext | None:
    """The answer as `ResponseWrapperPayrollTaxContext`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperPayrollTaxContext.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="SalaryPayrollTaxReconciliationContext_postContext",
    group="salary_payroll_tax_reconciliation",
    name="post_context",
    method="POST",
    path="/salary/payrollTax/reconciliation/context",
    summary="Create a payroll tax reconciliation context for a customer",
    parameters=(),
    paginated=False,
    body_type="PayrollTaxContextRequest",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperPayrollTaxContext"),),
    deprecated=False,
    build=build,
    parse=parse,
)
