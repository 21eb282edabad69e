"""`GET /timesheet/month/byMonthNumber` (TimesheetMonthByMonthNumber_getByMonthNumber): `tx.timesheet_month.get_by_month_number(...)`."""

from typing import Any

import httpx

from ...models.list_response_monthly_status import ListResponseMonthlyStatus
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    employee_ids: str,
    month_year: str,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /timesheet/month/byMonthNumber`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["employeeIds"] = employee_ids

    params["monthYear"] = month_year

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/timesheet/month/byMonthNumber",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseMonthlyStatus | None:
    """The answer as `ListResponseMonthlyStatus`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseMonthlyStatus.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TimesheetMonthByMonthNumber_getByMonthNumber",
    group="timesheet_month",
    name="get_by_month_number",
    method="GET",
    path="/timesheet/month/byMonthNumber",
    summary="Find monthly status for given month.",
    parameters=(
        Param("employeeIds", "employee_ids", "query", True),
        Param("monthYear", "month_year", "query", True),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseMonthlyStatus"),),
    deprecated=True,
    build=build,
    parse=parse,
)
