"""`GET /travelExpense/zone/{id}` (TravelExpenseZone_get): `tx.travel_expense_zone.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_travel_expense_zone import ResponseWrapperTravelExpenseZone
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /travelExpense/zone/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/travelExpense/zone/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperTravelExpenseZone | None:
    """The answer as `ResponseWrapperTravelExpenseZone`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperTravelExpenseZone.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpenseZone_get",
    group="travel_expense_zone",
    name="get",
    method="GET",
    path="/travelExpense/zone/{id}",
    summary="Get travel expense zone by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperTravelExpenseZone"),),
    deprecated=False,
    build=build,
    parse=parse,
)
