"""`POST /project/hourlyRates/projectSpecificRates` (ProjectHourlyRatesProjectSpecificRates_post): `tx.project_hourly_rates_project_specific_rates.post(...)`."""

from typing import Any

import httpx

from ...models.project_specific_rate import ProjectSpecificRate
from ...models.response_wrapper_project_specific_rate import ResponseWrapperProjectSpecificRate
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: ProjectSpecificRate,
) -> RequestArgs:
    """The request of `POST /project/hourlyRates/projectSpecificRates`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/project/hourlyRates/projectSpecificRates",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectSpecificRate | None:
    """The answer as `ResponseWrapperProjectSpecificRate`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperProjectSpecificRate.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="ProjectHourlyRatesProjectSpecificRates_post",
    group="project_hourly_rates_project_specific_rates",
    name="post",
    method="POST",
    path="/project/hourlyRates/projectSpecificRates",
    summary="Create new project specific rate. ",
    parameters=(),
    paginated=False,
    body_type="ProjectSpecificRate",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperProjectSpecificRate"),),
    deprecated=False,
    build=build,
    parse=parse,
)
