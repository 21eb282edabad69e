"""`PUT /travelExpense/mileageAllowance/{id}` (TravelExpenseMileageAllowance_put): `tx.travel_expense_mileage_allowance.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.mileage_allowance import MileageAllowance
from ...models.response_wrapper_mileage_allowance import ResponseWrapperMileageAllowance
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: MileageAllowance,
) -> RequestArgs:
    """The request of `PUT /travelExpense/mileageAllowance/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/travelExpense/mileageAllowance/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperMileageAllowance | None:
    """The answer as `ResponseWrapperMileageAllowance`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperMileageAllowance.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpenseMileageAllowance_put",
    group="travel_expense_mileage_allowance",
    name="put",
    method="PUT",
    path="/travelExpense/mileageAllowance/{id}",
    summary="Update mileage allowance.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="MileageAllowance",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperMileageAllowance"),),
    deprecated=False,
    build=build,
    parse=parse,
)
