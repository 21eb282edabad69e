"""`GET /travelExpense/passenger` (TravelExpensePassenger_search): `tx.travel_expense_passenger.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_passenger import ListResponsePassenger
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    mileage_allowance: str | Unset = UNSET,
    name: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /travelExpense/passenger`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["mileageAllowance"] = mileage_allowance

    params["name"] = name

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/travelExpense/passenger",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponsePassenger | None:
    """The answer as `ListResponsePassenger`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponsePassenger.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpensePassenger_search",
    group="travel_expense_passenger",
    name="search",
    method="GET",
    path="/travelExpense/passenger",
    summary="Find passengers corresponding with sent data.",
    parameters=(
        Param("mileageAllowance", "mileage_allowance", "query", False),
        Param("name", "name", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponsePassenger"),),
    deprecated=False,
    build=build,
    parse=parse,
)
