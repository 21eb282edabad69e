"""`PUT /travelExpense/passenger/{id}` (TravelExpensePassenger_put): `tx.travel_expense_passenger.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.passenger import Passenger
from ...models.response_wrapper_passenger import ResponseWrapperPassenger
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: Passenger,
) -> RequestArgs:
    """The request of `PUT /travelExpense/passenger/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/travelExpense/passenger/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperPassenger | None:
    """The answer as `ResponseWrapperPassenger`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperPassenger.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpensePassenger_put",
    group="travel_expense_passenger",
    name="put",
    method="PUT",
    path="/travelExpense/passenger/{id}",
    summary="Update passenger.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="Passenger",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperPassenger"),),
    deprecated=False,
    build=build,
    parse=parse,
)
