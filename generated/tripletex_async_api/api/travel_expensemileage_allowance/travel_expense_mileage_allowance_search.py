"""`GET /travelExpense/mileageAllowance` (TravelExpenseMileageAllowance_search): `tx.travel_expense_mileage_allowance.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_mileage_allowance import ListResponseMileageAllowance
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    travel_expense_id: str | Unset = UNSET,
    rate_type_id: str | Unset = UNSET,
    rate_category_id: str | Unset = UNSET,
    km_from: float | Unset = UNSET,
    km_to: float | Unset = UNSET,
    rate_from: float | Unset = UNSET,
    rate_to: float | Unset = UNSET,
    amount_from: float | Unset = UNSET,
    amount_to: float | Unset = UNSET,
    departure_location: str | Unset = UNSET,
    destination: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    is_company_car: bool | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /travelExpense/mileageAllowance`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["travelExpenseId"] = travel_expense_id

    params["rateTypeId"] = rate_type_id

    params["rateCategoryId"] = rate_category_id

    params["kmFrom"] = km_from

    params["kmTo"] = km_to

    params["rateFrom"] = rate_from

    params["rateTo"] = rate_to

    params["amountFrom"] = amount_from

    params["amountTo"] = amount_to

    params["departureLocation"] = departure_location

    params["destination"] = destination

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["isCompanyCar"] = is_company_car

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/travelExpense/mileageAllowance",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseMileageAllowance | None:
    """The answer as `ListResponseMileageAllowance`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseMileageAllowance.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpenseMileageAllowance_search",
    group="travel_expense_mileage_allowance",
    name="search",
    method="GET",
    path="/travelExpense/mileageAllowance",
    summary="Find mileage allowances corresponding with sent data.",
    parameters=(
        Param("travelExpenseId", "travel_expense_id", "query", False),
        Param("rateTypeId", "rate_type_id", "query", False),
        Param("rateCategoryId", "rate_category_id", "query", False),
        Param("kmFrom", "km_from", "query", False),
        Param("kmTo", "km_to", "query", False),
        Param("rateFrom", "rate_from", "query", False),
        Param("rateTo", "rate_to", "query", False),
        Param("amountFrom", "amount_from", "query", False),
        Param("amountTo", "amount_to", "query", False),
        Param("departureLocation", "departure_location", "query", False),
        Param("destination", "destination", "query", False),
        Param("dateFrom", "date_from", "query", False),
        Param("dateTo", "date_to", "query", False),
        Param("isCompanyCar", "is_company_car", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseMileageAllowance"),),
    deprecated=False,
    build=build,
    parse=parse,
)
