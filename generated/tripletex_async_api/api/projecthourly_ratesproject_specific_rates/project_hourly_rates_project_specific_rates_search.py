"""`GET /project/hourlyRates/projectSpecificRates` (ProjectHourlyRatesProjectSpecificRates_search): `tx.project_hourly_rates_project_specific_rates.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_project_specific_rate import ListResponseProjectSpecificRate
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    project_hourly_rate_id: str | Unset = UNSET,
    employee_id: str | Unset = UNSET,
    activity_id: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project/hourlyRates/projectSpecificRates`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["projectHourlyRateId"] = project_hourly_rate_id

    params["employeeId"] = employee_id

    params["activityId"] = activity_id

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project/hourlyRates/projectSpecificRates",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseProjectSpecificRate | None:
    """The answer as `ListResponseProjectSpecificRate`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseProjectSpecificRate.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectHourlyRatesProjectSpecificRates_search",
    group="project_hourly_rates_project_specific_rates",
    name="search",
    method="GET",
    path="/project/hourlyRates/projectSpecificRates",
    summary="Find project specific rates corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("projectHourlyRateId", "project_hourly_rate_id", "query", False),
        Param("employeeId", "employee_id", "query", False),
        Param("activityId", "activity_id", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseProjectSpecificRate"),),
    deprecated=False,
    build=build,
    parse=parse,
)
