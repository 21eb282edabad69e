"""`POST /travelExpense/costParticipant` (TravelExpenseCostParticipant_post): `tx.travel_expense_cost_participant.post(...)`."""

from typing import Any

import httpx

from ...models.cost_participant import CostParticipant
from ...models.response_wrapper_cost_participant import ResponseWrapperCostParticipant
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: CostParticipant,
) -> RequestArgs:
    """The request of `POST /travelExpense/costParticipant`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/travelExpense/costParticipant",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperCostParticipant | None:
    """The answer as `ResponseWrapperCostParticipant`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperCostParticipant.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="TravelExpenseCostParticipant_post",
    group="travel_expense_cost_participant",
    name="post",
    method="POST",
    path="/travelExpense/costParticipant",
    summary="Create participant on cost.",
    parameters=(),
    paginated=False,
    body_type="CostParticipant",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperCostParticipant"),),
    deprecated=False,
    build=build,
    parse=parse,
)
