"""`POST /travelExpense/passenger` (TravelExpensePassenger_post): `tx.travel_expense_passenger.post(...)`."""

from typing import Any

import httpx

from ...models.passenger import Passenger
from ...models.response_wrapper_passenger import ResponseWrapperPassenger
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: Passenger,
) -> RequestArgs:
    """The request of `POST /travelExpense/passenger`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/travelExpense/passenger",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperPassenger | None:
    """The answer as `ResponseWrapperPassenger`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperPassenger.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="TravelExpensePassenger_post",
    group="travel_expense_passenger",
    name="post",
    method="POST",
    path="/travelExpense/passenger",
    summary="Create passenger.",
    parameters=(),
    paginated=False,
    body_type="Passenger",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperPassenger"),),
    deprecated=False,
    build=build,
    parse=parse,
)
