"""`GET /timesheet/week` (TimesheetWeek_search): `tx.timesheet_week.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_week import ListResponseWeek
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    ids: str | Unset = UNSET,
    employee_ids: str | Unset = UNSET,
    week_year: str | Unset = UNSET,
    approved_by: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /timesheet/week`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["ids"] = ids

    params["employeeIds"] = employee_ids

    params["weekYear"] = week_year

    params["approvedBy"] = approved_by

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/timesheet/week",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseWeek | None:
    """The answer as `ListResponseWeek`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseWeek.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TimesheetWeek_search",
    group="timesheet_week",
    name="search",
    method="GET",
    path="/timesheet/week",
    summary="Find weekly status By ID, week/year combination, employeeId or an approver",
    parameters=(
        Param("ids", "ids", "query", False),
        Param("employeeIds", "employee_ids", "query", False),
        Param("weekYear", "week_year", "query", False),
        Param("approvedBy", "approved_by", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseWeek"),),
    deprecated=False,
    build=build,
    parse=parse,
)
