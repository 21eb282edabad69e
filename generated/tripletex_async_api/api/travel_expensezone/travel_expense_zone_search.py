"""`GET /travelExpense/zone` (TravelExpenseZone_search): `tx.travel_expense_zone.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_travel_expense_zone import ListResponseTravelExpenseZone
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    code: str | Unset = UNSET,
    is_disabled: bool | Unset = UNSET,
    query: str | Unset = UNSET,
    date: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /travelExpense/zone`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["code"] = code

    params["isDisabled"] = is_disabled

    params["query"] = query

    params["date"] = date

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/travelExpense/zone",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseTravelExpenseZone | None:
    """The answer as `ListResponseTravelExpenseZone`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseTravelExpenseZone.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpenseZone_search",
    group="travel_expense_zone",
    name="search",
    method="GET",
    path="/travelExpense/zone",
    summary="Find travel expense zones corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("code", "code", "query", False),
        Param("isDisabled", "is_disabled", "query", False),
        Param("query", "query", "query", False),
        Param("date", "date", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseTravelExpenseZone"),),
    deprecated=False,
    build=build,
    parse=parse,
)
