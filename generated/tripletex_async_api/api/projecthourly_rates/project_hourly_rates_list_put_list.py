"""`PUT /project/hourlyRates/list` (ProjectHourlyRatesList_putList): `tx.project_hourly_rates.put_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_project_hourly_rate import ListResponseProjectHourlyRate
from ...models.project_hourly_rate import ProjectHourlyRate
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[ProjectHourlyRate],
) -> RequestArgs:
    """The request of `PUT /project/hourlyRates/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
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
    if response.status_code == 200:
        response_200 = ListResponseProjectHourlyRate.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectHourlyRatesList_putList",
    group="project_hourly_rates",
    name="put_list",
    method="PUT",
    path="/project/hourlyRates/list",
    summary="Update multiple project hourly rates.",
    parameters=(),
    paginated=False,
    body_type="list[ProjectHourlyRate]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ListResponseProjectHourlyRate"),),
    deprecated=False,
    build=build,
    parse=parse,
)
