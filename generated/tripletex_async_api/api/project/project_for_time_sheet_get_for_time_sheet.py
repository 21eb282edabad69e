"""`GET /project/>forTimeSheet` (ProjectForTimeSheet_getForTimeSheet): `tx.project.get_for_time_sheet(...)`."""

from typing import Any

import httpx

from ...models.list_response_project import ListResponseProject
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    include_project_offers: bool | Unset = UNSET,
    employee_id: int | Unset = UNSET,
    date: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project/>forTimeSheet`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["includeProjectOffers"] = include_project_offers

    params["employeeId"] = employee_id

    params["date"] = date

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project/>forTimeSheet",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseProject | None:
    """The answer as `ListResponseProject`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseProject.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectForTimeSheet_getForTimeSheet",
    group="project",
    name="get_for_time_sheet",
    method="GET",
    path="/project/>forTimeSheet",
    summary="Find projects applicable for time sheet registration on a specific day.",
    parameters=(
        Param("includeProjectOffers", "include_project_offers", "query", False, False),
        Param("employeeId", "employee_id", "query", False),
        Param("date", "date", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseProject"),),
    deprecated=False,
    build=build,
    parse=parse,
)
