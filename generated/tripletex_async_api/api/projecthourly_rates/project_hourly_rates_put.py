"""`PUT /project/hourlyRates/{id}` (ProjectHourlyRates_put): `tx.project_hourly_rates.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.project_hourly_rate import ProjectHourlyRate
from ...models.response_wrapper_project_hourly_rate import ResponseWrapperProjectHourlyRate
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: ProjectHourlyRate,
) -> RequestArgs:
    """The request of `PUT /project/hourlyRates/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/project/hourlyRates/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectHourlyRate | None:
    """The answer as `ResponseWrapperProjectHourlyRate`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProjectHourlyRate.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectHourlyRates_put",
    group="project_hourly_rates",
    name="put",
    method="PUT",
    path="/project/hourlyRates/{id}",
    summary="Update a project hourly rate.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="ProjectHourlyRate",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperProjectHourlyRate"),),
    deprecated=False,
    build=build,
    parse=parse,
)
