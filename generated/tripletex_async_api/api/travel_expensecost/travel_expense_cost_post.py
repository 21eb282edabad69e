"""`POST /travelExpense/cost` (TravelExpenseCost_post): `tx.travel_expense_cost.post(...)`."""

from typing import Any

import httpx

from ...models.cost import Cost
from ...models.response_wrapper_cost import ResponseWrapperCost
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: Cost,
) -> RequestArgs:
    """The request of `POST /travelExpense/cost`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/travelExpense/cost",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperCost | None:
    """The answer as `ResponseWrapperCost`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperCost.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="TravelExpenseCost_post",
    group="travel_expense_cost",
    name="post",
    method="POST",
    path="/travelExpense/cost",
    summary="Create cost.",
    parameters=(),
    paginated=False,
    body_type="Cost",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperCost"),),
    deprecated=False,
    build=build,
    parse=parse,
)
