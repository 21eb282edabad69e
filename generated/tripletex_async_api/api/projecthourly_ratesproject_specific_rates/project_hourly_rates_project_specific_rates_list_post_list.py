"""`POST /project/hourlyRates/projectSpecificRates/list` (ProjectHourlyRatesProjectSpecificRatesList_postList): `tx.project_hourly_rates_project_specific_rates.post_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_project_specific_rate import ListResponseProjectSpecificRate
from ...models.project_specific_rate import ProjectSpecificRate
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[ProjectSpecificRate],
) -> RequestArgs:
    """The request of `POST /project/hourlyRates/projectSpecificRates/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/project/hourlyRates/projectSpecificRates/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseProjectSpecificRate | None:
    """The answer as `ListResponseProjectSpecificRate`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponseProjectSpecificRate.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="ProjectHourlyRatesProjectSpecificRatesList_postList",
    group="project_hourly_rates_project_specific_rates",
    name="post_list",
    method="POST",
    path="/project/hourlyRates/projectSpecificRates/list",
    summary="Create multiple new project specific rates.",
    parameters=(),
    paginated=False,
    body_type="list[ProjectSpecificRate]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseProjectSpecificRate"),),
    deprecated=False,
    build=build,
    parse=parse,
)
