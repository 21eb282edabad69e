"""`PUT /travelExpense/:unapprove` (TravelExpenseUnapprove_unapprove): `tx.travel_expense.unapprove(...)`."""

from typing import Any

import httpx

from ...models.list_response_travel_expense import ListResponseTravelExpense
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /travelExpense/:unapprove`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/travelExpense/:unapprove",
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
    id="TravelExpenseUnapprove_unapprove",
    group="travel_expense",
    name="unapprove",
    method="PUT",
    path="/travelExpense/:unapprove",
    summary="Unapprove travel expenses.",
    parameters=(Param("id", "id", "query", False),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseTravelExpense"),),
    deprecated=False,
    build=build,
    parse=parse,
)
