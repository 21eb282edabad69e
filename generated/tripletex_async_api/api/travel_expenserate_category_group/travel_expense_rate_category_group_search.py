"""`GET /travelExpense/rateCategoryGroup` (TravelExpenseRateCategoryGroup_search): `tx.travel_expense_rate_category_group.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_travel_expense_rate_category_group import ListResponseTravelExpenseRateCategoryGroup
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    name: str | Unset = UNSET,
    is_foreign_travel: bool | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /travelExpense/rateCategoryGroup`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["name"] = name

    params["isForeignTravel"] = is_foreign_travel

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/travelExpense/rateCategoryGroup",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseTravelExpenseRateCategoryGroup | None:
    """The answer as `ListResponseTravelExpenseRateCategoryGroup`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseTravelExpenseRateCategoryGroup.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpenseRateCategoryGroup_search",
    group="travel_expense_rate_category_group",
    name="search",
    method="GET",
    path="/travelExpense/rateCategoryGroup",
    summary="Find rate categoriy groups corresponding with sent data.",
    parameters=(
        Param("name", "name", "query", False),
        Param("isForeignTravel", "is_foreign_travel", "query", False),
        Param("dateFrom", "date_from", "query", False),
        Param("dateTo", "date_to", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseTravelExpenseRateCategoryGroup"),),
    deprecated=False,
    build=build,
    parse=parse,
)
