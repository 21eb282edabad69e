"""`POST /travelExpense/costParticipant/list` (TravelExpenseCostParticipantList_postList): `tx.travel_expense_cost_participant.post_list(...)`."""

from typing import Any

import httpx

from ...models.cost_participant import CostParticipant
from ...models.list_response_cost_participant import ListResponseCostParticipant
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[CostParticipant],
) -> RequestArgs:
    """The request of `POST /travelExpense/costParticipant/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/travelExpense/costParticipant/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseCostParticipant | None:
    """The answer as `ListResponseCostParticipant`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponseCostParticipant.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="TravelExpenseCostParticipantList_postList",
    group="travel_expense_cost_participant",
    name="post_list",
    method="POST",
    path="/travelExpense/costParticipant/list",
    summary="Create participants on cost.",
    parameters=(),
    paginated=False,
    body_type="list[CostParticipant]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseCostParticipant"),),
    deprecated=False,
    build=build,
    parse=parse,
)
