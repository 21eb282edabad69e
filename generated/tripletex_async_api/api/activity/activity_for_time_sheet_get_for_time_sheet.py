"""`GET /activity/>forTimeSheet` (ActivityForTimeSheet_getForTimeSheet): `tx.activity.get_for_time_sheet(...)`."""

from typing import Any

import httpx

from ...models.list_response_activity import ListResponseActivity
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    project_id: int,
    employee_id: int | Unset = UNSET,
    date: str | Unset = UNSET,
    filter_existing_hours: bool | Unset = UNSET,
    query: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /activity/>forTimeSheet`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["projectId"] = project_id

    params["employeeId"] = employee_id

    params["date"] = date

    params["filterExistingHours"] = filter_existing_hours

    params["query"] = query

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/activity/>forTimeSheet",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseActivity | None:
    """The answer as `ListResponseActivity`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseActivity.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ActivityForTimeSheet_getForTimeSheet",
    group="activity",
    name="get_for_time_sheet",
    method="GET",
    path="/activity/>forTimeSheet",
    summary="Find applicable time sheet activities for an employee on a specific day.",
    parameters=(
        Param("projectId", "project_id", "query", True),
        Param("employeeId", "employee_id", "query", False),
        Param("date", "date", "query", False),
        Param("filterExistingHours", "filter_existing_hours", "query", False, True),
        Param("query", "query", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseActivity"),),
    deprecated=False,
    build=build,
    parse=parse,
)
