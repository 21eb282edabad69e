"""`PUT /travelExpense/perDiemCompensation/{id}` (TravelExpensePerDiemCompensation_put): `tx.travel_expense_per_diem_compensation.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.per_diem_compensation import PerDiemCompensation
from ...models.response_wrapper_per_diem_compensation import ResponseWrapperPerDiemCompensation
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: PerDiemCompensation,
) -> RequestArgs:
    """The request of `PUT /travelExpense/perDiemCompensation/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/travelExpense/perDiemCompensation/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperPerDiemCompensation | None:
    """The answer as `ResponseWrapperPerDiemCompensation`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperPerDiemCompensation.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpensePerDiemCompensation_put",
    group="travel_expense_per_diem_compensation",
    name="put",
    method="PUT",
    path="/travelExpense/perDiemCompensation/{id}",
    summary="Update per diem compensation.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="PerDiemCompensation",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperPerDiemCompensation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
