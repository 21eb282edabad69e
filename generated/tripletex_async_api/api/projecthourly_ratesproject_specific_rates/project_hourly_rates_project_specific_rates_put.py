"""`PUT /project/hourlyRates/projectSpecificRates/{id}` (ProjectHourlyRatesProjectSpecificRates_put): `tx.project_hourly_rates_project_specific_rates.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.project_specific_rate import ProjectSpecificRate
from ...models.response_wrapper_project_specific_rate import ResponseWrapperProjectSpecificRate
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: ProjectSpecificRate,
) -> RequestArgs:
    """The request of `PUT /project/hourlyRates/projectSpecificRates/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/project/hourlyRates/projectSpecificRates/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectSpecificRate | None:
    """The answer as `ResponseWrapperProjectSpecificRate`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProjectSpecificRate.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectHourlyRatesProjectSpecificRates_put",
    group="project_hourly_rates_project_specific_rates",
    name="put",
    method="PUT",
    path="/project/hourlyRates/projectSpecificRates/{id}",
    summary="Update a project specific rate.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="ProjectSpecificRate",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperProjectSpecificRate"),),
    deprecated=False,
    build=build,
    parse=parse,
)
