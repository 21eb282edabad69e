"""`PUT /travelExpense/:createVouchers` (TravelExpenseCreateVouchers_createVouchers): `tx.travel_expense.create_vouchers(...)`."""

from typing import Any

import httpx

from ...models.list_response_travel_expense import ListResponseTravelExpense
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    date: str,
) -> RequestArgs:
    """The request of `PUT /travelExpense/:createVouchers`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["date"] = date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/travelExpense/:createVouchers",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseTravelExpense | None:
    """The answer as `ListResponseTravelExpense`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseTravelExpense.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpenseCreateVouchers_createVouchers",
    group="travel_expense",
    name="create_vouchers",
    method="PUT",
    path="/travelExpense/:createVouchers",
    summary="Create vouchers",
    parameters=(
        Param("id", "id", "query", False),
        Param("date", "date", "query", True),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseTravelExpense"),),
    deprecated=False,
    build=build,
    parse=parse,
)
