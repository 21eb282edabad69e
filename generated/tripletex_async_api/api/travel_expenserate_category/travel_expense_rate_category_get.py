"""`GET /travelExpense/rateCategory/{id}` (TravelExpenseRateCategory_get): `tx.travel_expense_rate_category.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_travel_expense_rate_category import ResponseWrapperTravelExpenseRateCategory
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /travelExpense/rateCategory/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/travelExpense/rateCategory/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperTravelExpenseRateCategory | None:
    """The answer as `ResponseWrapperTravelExpenseRateCategory`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperTravelExpenseRateCategory.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpenseRateCategory_get",
    group="travel_expense_rate_category",
    name="get",
    method="GET",
    path="/travelExpense/rateCategory/{id}",
    summary="Get travel expense rate category by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperTravelExpenseRateCategory"),),
    deprecated=False,
    build=build,
    parse=parse,
)
