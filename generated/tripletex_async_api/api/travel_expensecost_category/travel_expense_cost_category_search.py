"""`GET /travelExpense/costCategory` (TravelExpenseCostCategory_search): `tx.travel_expense_cost_category.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_travel_cost_category import ListResponseTravelCostCategory
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    description: str | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    show_on_employee_expenses: bool | Unset = UNSET,
    query: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /travelExpense/costCategory`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["description"] = description

    params["isInactive"] = is_inactive

    params["showOnEmployeeExpenses"] = show_on_employee_expenses

    params["query"] = query

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/travelExpense/costCategory",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseTravelCostCategory | None:
    """The answer as `ListResponseTravelCostCategory`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseTravelCostCategory.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpenseCostCategory_search",
    group="travel_expense_cost_category",
    name="search",
    method="GET",
    path="/travelExpense/costCategory",
    summary="Find cost category corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("description", "description", "query", False),
        Param("isInactive", "is_inactive", "query", False),
        Param("showOnEmployeeExpenses", "show_on_employee_expenses", "query", False),
        Param("query", "query", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseTravelCostCategory"),),
    deprecated=False,
    build=build,
    parse=parse,
)
