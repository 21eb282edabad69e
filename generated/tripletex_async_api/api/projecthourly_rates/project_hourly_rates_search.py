"""`GET /project/hourlyRates` (ProjectHourlyRates_search): `tx.project_hourly_rates.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_project_hourly_rate import ListResponseProjectHourlyRate
from ...models.project_hourly_rates_search_type import ProjectHourlyRatesSearchType
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    type_: ProjectHourlyRatesSearchType | Unset = UNSET,
    start_date_from: str | Unset = UNSET,
    start_date_to: str | Unset = UNSET,
    show_in_project_order: bool | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project/hourlyRates`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["projectId"] = project_id

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["startDateFrom"] = start_date_from

    params["startDateTo"] = start_date_to

    params["showInProjectOrder"] = show_in_project_order

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project/hourlyRates",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseProjectHourlyRate | None:
    """The answer as `ListResponseProjectHourlyRate`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseProjectHourlyRate.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectHourlyRates_search",
    group="project_hourly_rates",
    name="search",
    method="GET",
    path="/project/hourlyRates",
    summary="Find project hourly rates corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("projectId", "project_id", "query", False),
        Param("type", "type_", "query", False),
        Param("startDateFrom", "start_date_from", "query", False),
        Param("startDateTo", "start_date_to", "query", False),
        Param("showInProjectOrder", "show_in_project_order", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseProjectHourlyRate"),),
    deprecated=False,
    build=build,
    parse=parse,
)
