"""`PUT /travelExpense/accommodationAllowance/{id}` (TravelExpenseAccommodationAllowance_put): `tx.travel_expense_accommodation_allowance.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.accommodation_allowance import AccommodationAllowance
from ...models.response_wrapper_accommodation_allowance import ResponseWrapperAccommodationAllowance
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: AccommodationAllowance,
) -> RequestArgs:
    """The request of `PUT /travelExpense/accommodationAllowance/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/travelExpense/accommodationAllowance/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperAccommodationAllowance | None:
    """The answer as `ResponseWrapperAccommodationAllowance`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperAccommodationAllowance.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpenseAccommodationAllowance_put",
    group="travel_expense_accommodation_allowance",
    name="put",
    method="PUT",
    path="/travelExpense/accommodationAllowance/{id}",
    summary="Update accommodation allowance.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="AccommodationAllowance",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperAccommodationAllowance"),),
    deprecated=False,
    build=build,
    parse=parse,
)
