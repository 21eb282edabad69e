"""`PUT /travelExpense/{id}` (TravelExpense_put): `tx.travel_expense.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_travel_expense import ResponseWrapperTravelExpense
from ...models.travel_expense import TravelExpense
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: TravelExpense,
) -> RequestArgs:
    """The request of `PUT /travelExpense/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/travelExpense/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperTravelExpense | None:
    """The answer as `ResponseWrapperTravelExpense`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperTravelExpense.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpense_put",
    group="travel_expense",
    name="put",
    method="PUT",
    path="/travelExpense/{id}",
    summary="Update travel expense.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="TravelExpense",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperTravelExpense"),),
    deprecated=False,
    build=build,
    parse=parse,
)
