"""`POST /travelExpense/accommodationAllowance` (TravelExpenseAccommodationAllowance_post): `tx.travel_expense_accommodation_allowance.post(...)`."""

from typing import Any

import httpx

from ...models.accommodation_allowance import AccommodationAllowance
from ...models.response_wrapper_accommodation_allowance import ResponseWrapperAccommodationAllowance
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: AccommodationAllowance,
) -> RequestArgs:
    """The request of `POST /travelExpense/accommodationAllowance`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/travelExpense/accommodationAllowance",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperAccommodationAllowance | None:
    """The answer as `ResponseWrapperAccommodationAllowance`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperAccommodationAllowance.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="TravelExpenseAccommodationAllowance_post",
    group="travel_expense_accommodation_allowance",
    name="post",
    method="POST",
    path="/travelExpense/accommodationAllowance",
    summary="Create accommodation allowance.",
    parameters=(),
    paginated=False,
    body_type="AccommodationAllowance",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperAccommodationAllowance"),),
    deprecated=False,
    build=build,
    parse=parse,
)
