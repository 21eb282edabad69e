"""`POST /travelExpense/drivingStop` (TravelExpenseDrivingStop_post): `tx.travel_expense_driving_stop.post(...)`."""

from typing import Any

import httpx

from ...models.driving_stop import DrivingStop
from ...models.response_wrapper_driving_stop import ResponseWrapperDrivingStop
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: DrivingStop,
) -> RequestArgs:
    """The request of `POST /travelExpense/drivingStop`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/travelExpense/drivingStop",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperDrivingStop | None:
    """The answer as `ResponseWrapperDrivingStop`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperDrivingStop.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="TravelExpenseDrivingStop_post",
    group="travel_expense_driving_stop",
    name="post",
    method="POST",
    path="/travelExpense/drivingStop",
    summary="Create mileage allowance driving stop.",
    parameters=(),
    paginated=False,
    body_type="DrivingStop",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperDrivingStop"),),
    deprecated=False,
    build=build,
    parse=parse,
)
