"""`POST /salary/mandatoryDeduction/reconciliation/context` (SalaryMandatoryDeductionReconciliationContext_postContext): `tx.salary_mandatory_deduction_reconciliation.post_context(...)`."""

from typing import Any

import httpx

from ...models.mandatory_deduction_context_request import MandatoryDeductionContextRequest
from ...models.response_wrapper_mandatory_deduction_context import ResponseWrapperMandatoryDeductionContext
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: MandatoryDeductionContextRequest,
) -> RequestArgs:
    """The request of `POST /salary/mandatoryDeduction/reconciliation/context`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/salary/mandatoryDeduction/reconciliation/context",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperMandatoryDeductionContext | None:
    """The answer as `ResponseWrapperMandatoryDeductionContext`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperMandatoryDeductionContext.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="SalaryMandatoryDeductionReconciliationContext_postContext",
    group="salary_mandatory_deduction_reconciliation",
    name="post_context",
    method="POST",
    path="/salary/mandatoryDeduction/reconciliation/context",
    summary="Create a mandatoryDeduction reconciliation context for a customer",
    parameters=(),
    paginated=False,
    body_type="MandatoryDeductionContextRequest",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperMandatoryDeductionContext"),),
    deprecated=False,
    build=build,
    parse=parse,
)
