"""`PUT /travelExpense/cost/list` (TravelExpenseCostList_putList): `tx.travel_expense_cost.put_list(...)`."""

from typing import Any

import httpx

from ...models.cost import Cost
from ...models.list_response_cost import ListResponseCost
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[Cost],
) -> RequestArgs:
    """The request of `PUT /travelExpense/cost/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/travelExpense/cost/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseCost | None:
    """The answer as `ListResponseCost`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseCost.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpenseCostList_putList",
    group="travel_expense_cost",
    name="put_list",
    method="PUT",
    path="/travelExpense/cost/list",
    summary="Update costs.",
    parameters=(),
    paginated=False,
    body_type="list[Cost]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ListResponseCost"),),
    deprecated=False,
    build=build,
    parse=parse,
)
