"""`GET /salary/holidayAllowance/reconciliation/{reconciliationId}/holidayAllowanceDetails` (SalaryHolidayAllowanceReconciliationHolidayAllowanceDetails_getHolidayAllowanceDetails): `tx.salary_holiday_allowance_reconciliation.get_holiday_allowance_details(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_holiday_allowance_details import ResponseWrapperHolidayAllowanceDetails
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    reconciliation_id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /salary/holidayAllowance/reconciliation/{reconciliationId}/holidayAllowanceDetails`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/salary/holidayAllowance/reconciliation/{reconciliation_id}/holidayAllowanceDetails".format(
            reconciliation_id=quote(str(reconciliation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperHolidayAllowanceDetails | None:
    """The answer as `ResponseWrapperHolidayAllowanceDetails`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperHolidayAllowanceDetails.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="SalaryHolidayAllowanceReconciliationHolidayAllowanceDetails_getHolidayAllowanceDetails",
    group="salary_holiday_allowance_reconciliation",
    name="get_holiday_allowance_details",
    method="GET",
    path="/salary/holidayAllowance/reconciliation/{reconciliationId}/holidayAllowanceDetails",
    summary="Get a holiday allowance details for the current reconciliation term",
    parameters=(
        Param("reconciliationId", "reconciliation_id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperHolidayAllowanceDetails"),),
    deprecated=False,
    build=build,
    parse=parse,
)
