"""`POST /salary/holidayAllowance/reconciliation/context` (SalaryHolidayAllowanceReconciliationContext_postContext): `tx.salary_holiday_allowance_reconciliation.post_context(...)`."""

from typing import Any

import httpx

from ...models.holiday_allowance_context_request import HolidayAllowanceContextRequest
from ...models.response_wrapper_holiday_allowance_context import ResponseWrapperHolidayAllowanceContext
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: HolidayAllowanceContextRequest,
) -> RequestArgs:
    """The request of `POST /salary/holidayAllowance/reconciliation/context`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/salary/holidayAllowance/reconciliation/context",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperHolidayAllowanceContext | None:
    """The answer as `ResponseWrapperHolidayAllowanceContext`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperHolidayAllowanceContext.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="SalaryHolidayAllowanceReconciliationContext_postContext",
    group="salary_holiday_allowance_reconciliation",
    name="post_context",
    method="POST",
    path="/salary/holidayAllowance/reconciliation/context",
    summary="Create a holiday allowance reconciliation context for a customer",
    parameters=(),
    paginated=False,
    body_type="HolidayAllowanceContextRequest",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperHolidayAllowanceContext"),),
    deprecated=False,
    build=build,
    parse=parse,
)
