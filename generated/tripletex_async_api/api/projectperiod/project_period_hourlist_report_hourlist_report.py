"""`GET /project/{id}/period/hourlistReport` (ProjectPeriodHourlistReport_hourlistReport): `tx.project_period.hourlist_report(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_project_period_hourly_report import ResponseWrapperProjectPeriodHourlyReport
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    date_from: str,
    date_to: str,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project/{id}/period/hourlistReport`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project/{id}/period/hourlistReport".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectPeriodHourlyReport | None:
    """The answer as `ResponseWrapperProjectPeriodHourlyReport`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProjectPeriodHourlyReport.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectPeriodHourlistReport_hourlistReport",
    group="project_period",
    name="hourlist_report",
    method="GET",
    path="/project/{id}/period/hourlistReport",
    summary="Find hourlist report by project period.",
    parameters=(
        Param("id", "id", "path", True),
        Param("dateFrom", "date_from", "query", True),
        Param("dateTo", "date_to", "query", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperProjectPeriodHourlyReport"),),
    deprecated=False,
    build=build,
    parse=parse,
)
