"""`POST /travelExpense` (TravelExpense_post): `tx.travel_expense.post(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_travel_expense import ResponseWrapperTravelExpense
from ...models.travel_expense import TravelExpense
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: TravelExpense,
) -> RequestArgs:
    """The request of `POST /travelExpense`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/travelExpense",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperTravelExpense | None:
    """The answer as `ResponseWrapperTravelExpense`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperTravelExpense.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="TravelExpense_post",
    group="travel_expense",
    name="post",
    method="POST",
    path="/travelExpense",
    summary="Create travel expense.",
    parameters=(),
    paginated=False,
    body_type="TravelExpense",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperTravelExpense"),),
    deprecated=False,
    build=build,
    parse=parse,
)
