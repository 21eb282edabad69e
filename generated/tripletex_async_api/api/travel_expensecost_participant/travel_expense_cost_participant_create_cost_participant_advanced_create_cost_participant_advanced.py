"""`POST /travelExpense/costParticipant/createCostParticipantAdvanced` (TravelExpenseCostParticipantCreateCostParticipantAdvanced_createCostParticipantAdvanced): `tx.travel_expense_cost_participant.create_cost_participant_advanced(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_cost_participant import ResponseWrapperCostParticipant
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    display_name: str | Unset = UNSET,
    cost_id: int,
    employee_id: int,
) -> RequestArgs:
    """The request of `POST /travelExpense/costParticipant/createCostParticipantAdvanced`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["displayName"] = display_name

    params["costId"] = cost_id

    params["employeeId"] = employee_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/travelExpense/costParticipant/createCostParticipantAdvanced",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperCostParticipant | None:
    """The answer as `ResponseWrapperCostParticipant`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperCostParticipant.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="TravelExpenseCostParticipantCreateCostParticipantAdvanced_createCostParticipantAdvanced",
    group="travel_expense_cost_participant",
    name="create_cost_participant_advanced",
    method="POST",
    path="/travelExpense/costParticipant/createCostParticipantAdvanced",
    summary="Create participant on cost using explicit parameters",
    parameters=(
        Param("displayName", "display_name", "query", False),
        Param("costId", "cost_id", "query", True),
        Param("employeeId", "employee_id", "query", True),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((201, "ResponseWrapperCostParticipant"),),
    deprecated=False,
    build=build,
    parse=parse,
)
