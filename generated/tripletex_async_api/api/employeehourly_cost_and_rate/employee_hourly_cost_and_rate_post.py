"""`POST /employee/hourlyCostAndRate` (EmployeeHourlyCostAndRate_post): `tx.employee_hourly_cost_and_rate.post(...)`."""

from typing import Any

import httpx

from ...models.hourly_cost_and_rate import HourlyCostAndRate
from ...models.response_wrapper_hourly_cost_and_rate import ResponseWrapperHourlyCostAndRate
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: HourlyCostAndRate,
) -> RequestArgs:
    """The request of `POST /employee/hourlyCostAndRate`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/employee/hourlyCostAndRate",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperHourlyCostAndRate | None:
    """The answer as `ResponseWrapperHourlyCostAndRate`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperHourlyCostAndRate.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="EmployeeHourlyCostAndRate_post",
    group="employee_hourly_cost_and_rate",
    name="post",
    method="POST",
    path="/employee/hourlyCostAndRate",
    summary="Create hourly cost and rate.",
    parameters=(),
    paginated=False,
    body_type="HourlyCostAndRate",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperHourlyCostAndRate"),),
    deprecated=False,
    build=build,
    parse=parse,
)
