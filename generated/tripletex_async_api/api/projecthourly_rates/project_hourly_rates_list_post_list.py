"""`POST /project/hourlyRates/list` (ProjectHourlyRatesList_postList): `tx.project_hourly_rates.post_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_project_hourly_rate import ListResponseProjectHourlyRate
from ...models.project_hourly_rate import ProjectHourlyRate
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[ProjectHourlyRate],
) -> RequestArgs:
    """The request of `POST /project/hourlyRates/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/project/hourlyRates/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseProjectHourlyRate | None:
    """The answer as `ListResponseProjectHourlyRate`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponseProjectHourlyRate.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="ProjectHourlyRatesList_postList",
    group="project_hourly_rates",
    name="post_list",
    method="POST",
    path="/project/hourlyRates/list",
    summary="Create multiple project hourly rates.",
    parameters=(),
    paginated=False,
    body_type="list[ProjectHourlyRate]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseProjectHourlyRate"),),
    deprecated=False,
    build=build,
    parse=parse,
)
