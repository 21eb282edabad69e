"""`GET /travelExpense/rateCategoryGroup/{id}` (TravelExpenseRateCategoryGroup_get): `tx.travel_expense_rate_category_group.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_travel_expense_rate_category_group import ResponseWrapperTravelExpenseRateCategoryGroup
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /travelExpense/rateCategoryGroup/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/travelExpense/rateCategoryGroup/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperTravelExpenseRateCategoryGroup | None:
    """The answer as `ResponseWrapperTravelExpenseRateCategoryGroup`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperTravelExpenseRateCategoryGroup.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpenseRateCategoryGroup_get",
    group="travel_expense_rate_category_group",
    name="get",
    method="GET",
    path="/travelExpense/rateCategoryGroup/{id}",
    summary="Get travel report rate category group by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperTravelExpenseRateCategoryGroup"),),
    deprecated=False,
    build=build,
    parse=parse,
)
