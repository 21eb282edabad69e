"""`GET /travelExpense/accommodationAllowance` (TravelExpenseAccommodationAllowance_search): `tx.travel_expense_accommodation_allowance.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_accommodation_allowance import ListResponseAccommodationAllowance
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    travel_expense_id: str | Unset = UNSET,
    rate_type_id: str | Unset = UNSET,
    rate_category_id: str | Unset = UNSET,
    rate_from: float | Unset = UNSET,
    rate_to: float | Unset = UNSET,
    count_from: int | Unset = UNSET,
    count_to: int | Unset = UNSET,
    amount_from: float | Unset = UNSET,
    amount_to: float | Unset = UNSET,
    location: str | Unset = UNSET,
    address: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /travelExpense/accommodationAllowance`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["travelExpenseId"] = travel_expense_id

    params["rateTypeId"] = rate_type_id

    params["rateCategoryId"] = rate_category_id

    params["rateFrom"] = rate_from

    params["rateTo"] = rate_to

    params["countFrom"] = count_from

    params["countTo"] = count_to

    params["amountFrom"] = amount_from

    params["amountTo"] = amount_to

    params["location"] = location

    params["address"] = address

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/travelExpense/accommodationAllowance",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseAccommodationAllowance | None:
    """The answer as `ListResponseAccommodationAllowance`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseAccommodationAllowance.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpenseAccommodationAllowance_search",
    group="travel_expense_accommodation_allowance",
    name="search",
    method="GET",
    path="/travelExpense/accommodationAllowance",
    summary="Find accommodation allowances corresponding with sent data.",
    parameters=(
        Param("travelExpenseId", "travel_expense_id", "query", False),
        Param("rateTypeId", "rate_type_id", "query", False),
        Param("rateCategoryId", "rate_category_id", "query", False),
        Param("rateFrom", "rate_from", "query", False),
        Param("rateTo", "rate_to", "query", False),
        Param("countFrom", "count_from", "query", False),
        Param("countTo", "count_to", "query", False),
        Param("amountFrom", "amount_from", "query", False),
        Param("amountTo", "amount_to", "query", False),
        Param("location", "location", "query", False),
        Param("address", "address", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseAccommodationAllowance"),),
    deprecated=False,
    build=build,
    parse=parse,
)
