"""`GET /travelExpense/settings` (TravelExpenseSettings_get): `tx.travel_expense_settings.get(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_travel_expense_settings import ResponseWrapperTravelExpenseSettings
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /travelExpense/settings`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/travelExpense/settings",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperTravelExpenseSettings | None:
    """The answer as `ResponseWrapperTravelExpenseSettings`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperTravelExpenseSettings.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpenseSettings_get",
    group="travel_expense_settings",
    name="get",
    method="GET",
    path="/travelExpense/settings",
    summary="Get travel expense settings of logged in company.",
    parameters=(Param("fields", "fields", "query", False, ""),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperTravelExpenseSettings"),),
    deprecated=False,
    build=build,
    parse=parse,
)
