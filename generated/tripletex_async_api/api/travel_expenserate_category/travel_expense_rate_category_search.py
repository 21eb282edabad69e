"""`GET /travelExpense/rateCategory` (TravelExpenseRateCategory_search): `tx.travel_expense_rate_category.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_travel_expense_rate_category import ListResponseTravelExpenseRateCategory
from ...models.travel_expense_rate_category_search_type import TravelExpenseRateCategorySearchType
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    type_: TravelExpenseRateCategorySearchType | Unset = UNSET,
    name: str | Unset = UNSET,
    travel_report_rate_category_group_id: int | Unset = UNSET,
    amelding_wage_code: str | Unset = UNSET,
    wage_code_number: str | Unset = UNSET,
    is_valid_day_trip: bool | Unset = UNSET,
    is_valid_accommodation: bool | Unset = UNSET,
    is_valid_domestic: bool | Unset = UNSET,
    requires_zone: bool | Unset = UNSET,
    is_requires_overnight_accommodation: bool | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /travelExpense/rateCategory`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["name"] = name

    params["travelReportRateCategoryGroupId"] = travel_report_rate_category_group_id

    params["ameldingWageCode"] = amelding_wage_code

    params["wageCodeNumber"] = wage_code_number

    params["isValidDayTrip"] = is_valid_day_trip

    params["isValidAccommodation"] = is_valid_accommodation

    params["isValidDomestic"] = is_valid_domestic

    params["requiresZone"] = requires_zone

    params["isRequiresOvernightAccommodation"] = is_requires_overnight_accommodation

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/travelExpense/rateCategory",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseTravelExpenseRateCategory | None:
    """The answer as `ListResponseTravelExpenseRateCategory`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseTravelExpenseRateCategory.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpenseRateCategory_search",
    group="travel_expense_rate_category",
    name="search",
    method="GET",
    path="/travelExpense/rateCategory",
    summary="Find rate categories corresponding with sent data.",
    parameters=(
        Param("type", "type_", "query", False),
        Param("name", "name", "query", False),
        Param("travelReportRateCategoryGroupId", "travel_report_rate_category_group_id", "query", False),
        Param("ameldingWageCode", "amelding_wage_code", "query", False),
        Param("wageCodeNumber", "wage_code_number", "query", False),
        Param("isValidDayTrip", "is_valid_day_trip", "query", False),
        Param("isValidAccommodation", "is_valid_accommodation", "query", False),
        Param("isValidDomestic", "is_valid_domestic", "query", False),
        Param("requiresZone", "requires_zone", "query", False),
        Param("isRequiresOvernightAccommodation", "is_requires_overnight_accommodation", "query", False),
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
    responses=((200, "ListResponseTravelExpenseRateCategory"),),
    deprecated=False,
    build=build,
    parse=parse,
)
