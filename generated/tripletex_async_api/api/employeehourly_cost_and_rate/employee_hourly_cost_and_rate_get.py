"""`GET /employee/hourlyCostAndRate/{id}` (EmployeeHourlyCostAndRate_get): `tx.employee_hourly_cost_and_rate.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_hourly_cost_and_rate import ResponseWrapperHourlyCostAndRate
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /employee/hourlyCostAndRate/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/employee/hourlyCostAndRate/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperHourlyCostAndRate | None:
    """The answer as `ResponseWrapperHourlyCostAndRate`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperHourlyCostAndRate.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="EmployeeHourlyCostAndRate_get",
    group="employee_hourly_cost_and_rate",
    name="get",
    method="GET",
    path="/employee/hourlyCostAndRate/{id}",
    summary="Find hourly cost and rate by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperHourlyCostAndRate"),),
    deprecated=False,
    build=build,
    parse=parse,
)
