"""`POST /travelExpense/mileageAllowance` (TravelExpenseMileageAllowance_post): `tx.travel_expense_mileage_allowance.post(...)`."""

from typing import Any

import httpx

from ...models.mileage_allowance import MileageAllowance
from ...models.response_wrapper_mileage_allowance import ResponseWrapperMileageAllowance
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: MileageAllowance,
) -> RequestArgs:
    """The request of `POST /travelExpense/mileageAllowance`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/travelExpense/mileageAllowance",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperMileageAllowance | None:
    """The answer as `ResponseWrapperMileageAllowance`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperMileageAllowance.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="TravelExpenseMileageAllowance_post",
    group="travel_expense_mileage_allowance",
    name="post",
    method="POST",
    path="/travelExpense/mileageAllowance",
    summary="Create mileage allowance.",
    parameters=(),
    paginated=False,
    body_type="MileageAllowance",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperMileageAllowance"),),
    deprecated=False,
    build=build,
    parse=parse,
)
