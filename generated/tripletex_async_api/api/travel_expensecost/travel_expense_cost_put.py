"""`PUT /travelExpense/cost/{id}` (TravelExpenseCost_put): `tx.travel_expense_cost.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.cost import Cost
from ...models.response_wrapper_cost import ResponseWrapperCost
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: Cost,
) -> RequestArgs:
    """The request of `PUT /travelExpense/cost/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/travelExpense/cost/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperCost | None:
    """The answer as `ResponseWrapperCost`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperCost.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpenseCost_put",
    group="travel_expense_cost",
    name="put",
    method="PUT",
    path="/travelExpense/cost/{id}",
    summary="Update cost.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="Cost",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperCost"),),
    deprecated=False,
    build=build,
    parse=parse,
)
