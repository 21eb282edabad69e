"""`DELETE /travelExpense/costParticipant/list` (TravelExpenseCostParticipantList_deleteList): `tx.travel_expense_cost_participant.delete_list(...)`."""

from typing import Any

import httpx

from ...models.cost_participant import CostParticipant
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[CostParticipant],
) -> RequestArgs:
    """The request of `DELETE /travelExpense/costParticipant/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/travelExpense/costParticipant/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="TravelExpenseCostParticipantList_deleteList",
    group="travel_expense_cost_participant",
    name="delete_list",
    method="DELETE",
    path="/travelExpense/costParticipant/list",
    summary="Delete cost participants.",
    parameters=(),
    paginated=False,
    body_type="list[CostParticipant]",
    body_content_type="application/json",
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
