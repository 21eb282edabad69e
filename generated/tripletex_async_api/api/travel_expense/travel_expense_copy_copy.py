"""`PUT /travelExpense/:copy` (TravelExpenseCopy_copy): `tx.travel_expense.copy(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_travel_expense import ResponseWrapperTravelExpense
from ...types import UNSET, Operation, Param, RequestArgs


def build(
    *,
    id: int,
) -> RequestArgs:
    """The request of `PUT /travelExpense/:copy`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/travelExpense/:copy",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperTravelExpense | None:
    """The answer as `ResponseWrapperTravelExpense`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperTravelExpense.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpenseCopy_copy",
    group="travel_expense",
    name="copy",
    method="PUT",
    path="/travelExpense/:copy",
    summary="Copy travel expense.",
    parameters=(Param("id", "id", "query", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperTravelExpense"),),
    deprecated=False,
    build=build,
    parse=parse,
)
