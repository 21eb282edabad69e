"""`PUT /travelExpense/:undeliver` (TravelExpenseUndeliver_undeliver): `tx.travel_expense.undeliver(...)`."""

from typing import Any

import httpx

from ...models.list_response_travel_expense import ListResponseTravelExpense
from ...models.travel_expense import TravelExpense
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: TravelExpense | Unset = UNSET,
    id: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /travelExpense/:undeliver`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/travelExpense/:undeliver",
        "params": params,
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseTravelExpense | None:
    """The answer as `ListResponseTravelExpense`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseTravelExpense.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpenseUndeliver_undeliver",
    group="travel_expense",
    name="undeliver",
    method="PUT",
    path="/travelExpense/:undeliver",
    summary="Undeliver travel expenses.",
    parameters=(Param("id", "id", "query", False),),
    paginated=False,
    body_type="TravelExpense",
    body_content_type="application/json",
    responses=((200, "ListResponseTravelExpense"),),
    deprecated=False,
    build=build,
    parse=parse,
)
