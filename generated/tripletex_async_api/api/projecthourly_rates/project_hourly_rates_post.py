"""`POST /project/hourlyRates` (ProjectHourlyRates_post): `tx.project_hourly_rates.post(...)`."""

from typing import Any

import httpx

from ...models.project_hourly_rate import ProjectHourlyRate
from ...models.response_wrapper_project_hourly_rate import ResponseWrapperProjectHourlyRate
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: ProjectHourlyRate,
) -> RequestArgs:
    """The request of `POST /project/hourlyRates`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/project/hourlyRates",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectHourlyRate | None:
    """The answer as `ResponseWrapperProjectHourlyRate`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperProjectHourlyRate.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="ProjectHourlyRates_post",
    group="project_hourly_rates",
    name="post",
    method="POST",
    path="/project/hourlyRates",
    summary="Create a project hourly rate. ",
    parameters=(),
    paginated=False,
    body_type="ProjectHourlyRate",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperProjectHourlyRate"),),
    deprecated=False,
    build=build,
    parse=parse,
)
