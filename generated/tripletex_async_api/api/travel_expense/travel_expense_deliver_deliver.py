"""`PUT /travelExpense/:deliver` (TravelExpenseDeliver_deliver): `tx.travel_expense.deliver(...)`."""

from typing import Any

import httpx

from ...models.list_response_travel_expense import ListResponseTravelExpense
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /travelExpense/:deliver`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/travelExpense/:deliver",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseTravelExpense | None:
    """The answer as `ListResponseTravelExpense`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseTravelExpense.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpenseDeliver_deliver",
    group="travel_expense",
    name="deliver",
    method="PUT",
    path="/travelExpense/:deliver",
    summary="Deliver travel expenses.",
    parameters=(Param("id", "id", "query", False),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseTravelExpense"),),
    deprecated=False,
    build=build,
    parse=parse,
)
