"""`GET /travelExpense/costParticipant/{id}` (TravelExpenseCostParticipant_get): `tx.travel_expense_cost_participant.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_cost_participant import ResponseWrapperCostParticipant
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /travelExpense/costParticipant/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/travelExpense/costParticipant/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperCostParticipant | None:
    """The answer as `ResponseWrapperCostParticipant`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperCostParticipant.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpenseCostParticipant_get",
    group="travel_expense_cost_participant",
    name="get",
    method="GET",
    path="/travelExpense/costParticipant/{id}",
    summary="Get cost participant by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperCostParticipant"),),
    deprecated=False,
    build=build,
    parse=parse,
)
