"""`GET /travelExpense/cost/{id}` (TravelExpenseCost_get): `tx.travel_expense_cost.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_cost import ResponseWrapperCost
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /travelExpense/cost/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/travelExpense/cost/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperCost | None:
    """The answer as `ResponseWrapperCost`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperCost.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpenseCost_get",
    group="travel_expense_cost",
    name="get",
    method="GET",
    path="/travelExpense/cost/{id}",
    summary="Get cost by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperCost"),),
    deprecated=False,
    build=build,
    parse=parse,
)
