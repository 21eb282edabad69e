"""`POST /travelExpense/passenger/list` (TravelExpensePassengerList_postList): `tx.travel_expense_passenger.post_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_passenger import ListResponsePassenger
from ...models.passenger import Passenger
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[Passenger],
) -> RequestArgs:
    """The request of `POST /travelExpense/passenger/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/travelExpense/passenger/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponsePassenger | None:
    """The answer as `ListResponsePassenger`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponsePassenger.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="TravelExpensePassengerList_postList",
    group="travel_expense_passenger",
    name="post_list",
    method="POST",
    path="/travelExpense/passenger/list",
    summary="Create passengers.",
    parameters=(),
    paginated=False,
    body_type="list[Passenger]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponsePassenger"),),
    deprecated=False,
    build=build,
    parse=parse,
)
