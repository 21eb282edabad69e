"""`GET /travelExpense/costParticipant/{costId}/costParticipants` (TravelExpenseCostParticipantCostParticipants_getCostParticipants): `tx.travel_expense_cost_participant.get_cost_participants(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.list_response_cost_participant import ListResponseCostParticipant
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    cost_id: int,
    *,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /travelExpense/costParticipant/{costId}/costParticipants`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/travelExpense/costParticipant/{cost_id}/costParticipants".format(
            cost_id=quote(str(cost_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseCostParticipant | None:
    """The answer as `ListResponseCostParticipant`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseCostParticipant.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpenseCostParticipantCostParticipants_getCostParticipants",
    group="travel_expense_cost_participant",
    name="get_cost_participants",
    method="GET",
    path="/travelExpense/costParticipant/{costId}/costParticipants",
    summary="Get cost's participants by costId.",
    parameters=(
        Param("costId", "cost_id", "path", True),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseCostParticipant"),),
    deprecated=False,
    build=build,
    parse=parse,
)
