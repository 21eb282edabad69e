"""`GET /project/{id}/period/overallStatus` (ProjectPeriodOverallStatus_overallStatus): `tx.project_period.overall_status(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_project_period_overall_status import ResponseWrapperProjectPeriodOverallStatus
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    date_from: str,
    date_to: str,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project/{id}/period/overallStatus`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project/{id}/period/overallStatus".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectPeriodOverallStatus | None:
    """The answer as `ResponseWrapperProjectPeriodOverallStatus`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProjectPeriodOverallStatus.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectPeriodOverallStatus_overallStatus",
    group="project_period",
    name="overall_status",
    method="GET",
    path="/project/{id}/period/overallStatus",
    summary="Find overall status by project period.",
    parameters=(
        Param("id", "id", "path", True),
        Param("dateFrom", "date_from", "query", True),
        Param("dateTo", "date_to", "query", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperProjectPeriodOverallStatus"),),
    deprecated=False,
    build=build,
    parse=parse,
)
