"""`GET /travelExpense/rate` (TravelExpenseRate_search): `tx.travel_expense_rate.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_travel_expense_rate import ListResponseTravelExpenseRate
from ...models.travel_expense_rate_search_type import TravelExpenseRateSearchType
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    rate_category_id: str | Unset = UNSET,
    type_: TravelExpenseRateSearchType | Unset = UNSET,
    is_valid_day_trip: bool | Unset = UNSET,
    is_valid_accommodation: bool | Unset = UNSET,
    is_valid_domestic: bool | Unset = UNSET,
    is_valid_foreign_travel: bool | Unset = UNSET,
    requires_zone: bool | Unset = UNSET,
    requires_overnight_accommodation: bool | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /travelExpense/rate`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["rateCategoryId"] = rate_category_id

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["isValidDayTrip"] = is_valid_day_trip

    params["isValidAccommodation"] = is_valid_accommodation

    params["isValidDomestic"] = is_valid_domestic

    params["isValidForeignTravel"] = is_valid_foreign_travel

    params["requiresZone"] = requires_zone

    params["requiresOvernightAccommodation"] = requires_overnight_accommodation

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/travelExpense/rate",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseTravelExpenseRate | None:
    """The answer as `ListResponseTravelExpenseRate`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseTravelExpenseRate.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpenseRate_search",
    group="travel_expense_rate",
    name="search",
    method="GET",
    path="/travelExpense/rate",
    summary="Find rates corresponding with sent data.",
    parameters=(
        Param("rateCategoryId", "rate_category_id", "query", False),
        Param("type", "type_", "query", False),
        Param("isValidDayTrip", "is_valid_day_trip", "query", False),
        Param("isValidAccommodation", "is_valid_accommodation", "query", False),
        Param("isValidDomestic", "is_valid_domestic", "query", False),
        Param("isValidForeignTravel", "is_valid_foreign_travel", "query", False),
        Param("requiresZone", "requires_zone", "query", False),
        Param("requiresOvernightAccommodation", "requires_overnight_accommodation", "query", False),
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
    responses=((200, "ListResponseTravelExpenseRate"),),
    deprecated=False,
    build=build,
    parse=parse,
)
