"""`PUT /employee/hourlyCostAndRate/{id}` (EmployeeHourlyCostAndRate_put): `tx.employee_hourly_cost_and_rate.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.hourly_cost_and_rate import HourlyCostAndRate
from ...models.response_wrapper_hourly_cost_and_rate import ResponseWrapperHourlyCostAndRate
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: HourlyCostAndRate,
) -> RequestArgs:
    """The request of `PUT /employee/hourlyCostAndRate/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/employee/hourlyCostAndRate/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperHourlyCostAndRate | None:
    """The answer as `ResponseWrapperHourlyCostAndRate`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperHourlyCostAndRate.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="EmployeeHourlyCostAndRate_put",
    group="employee_hourly_cost_and_rate",
    name="put",
    method="PUT",
    path="/employee/hourlyCostAndRate/{id}",
    summary="Update hourly cost and rate. ",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="HourlyCostAndRate",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperHourlyCostAndRate"),),
    deprecated=False,
    build=build,
    parse=parse,
)
