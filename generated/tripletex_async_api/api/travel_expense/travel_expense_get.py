"""`GET /travelExpense/{id}` (TravelExpense_get): `tx.travel_expense.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_travel_expense import ResponseWrapperTravelExpense
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /travelExpense/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/travelExpense/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperTravelExpense | None:
    """The answer as `ResponseWrapperTravelExpense`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperTravelExpense.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpense_get",
    group="travel_expense",
    name="get",
    method="GET",
    path="/travelExpense/{id}",
    summary="Get travel expense by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperTravelExpense"),),
    deprecated=False,
    build=build,
    parse=parse,
)
