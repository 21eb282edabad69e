"""`PUT /timesheet/month/:unapprove` (TimesheetMonthUnapprove_unapprove): `tx.timesheet_month.unapprove(...)`."""

from typing import Any

import httpx

from ...models.list_response_monthly_status import ListResponseMonthlyStatus
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: int | Unset = UNSET,
    employee_ids: str | Unset = UNSET,
    month_year: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /timesheet/month/:unapprove`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["employeeIds"] = employee_ids

    params["monthYear"] = month_year

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/timesheet/month/:unapprove",
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
    id="TimesheetMonthUnapprove_unapprove",
    group="timesheet_month",
    name="unapprove",
    method="PUT",
    path="/timesheet/month/:unapprove",
    summary="unapprove month(s).  If id is provided the other args are ignored",
    parameters=(
        Param("id", "id", "query", False),
        Param("employeeIds", "employee_ids", "query", False),
        Param("monthYear", "month_year", "query", False),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseMonthlyStatus"),),
    deprecated=False,
    build=build,
    parse=parse,
)
