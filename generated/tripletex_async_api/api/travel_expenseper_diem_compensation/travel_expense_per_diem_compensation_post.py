"""`POST /travelExpense/perDiemCompensation` (TravelExpensePerDiemCompensation_post): `tx.travel_expense_per_diem_compensation.post(...)`."""

from typing import Any

import httpx

from ...models.per_diem_compensation import PerDiemCompensation
from ...models.response_wrapper_per_diem_compensation import ResponseWrapperPerDiemCompensation
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: PerDiemCompensation,
) -> RequestArgs:
    """The request of `POST /travelExpense/perDiemCompensation`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/travelExpense/perDiemCompensation",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperPerDiemCompensation | None:
    """The answer as `ResponseWrapperPerDiemCompensation`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperPerDiemCompensation.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="TravelExpensePerDiemCompensation_post",
    group="travel_expense_per_diem_compensation",
    name="post",
    method="POST",
    path="/travelExpense/perDiemCompensation",
    summary="Create per diem compensation.",
    parameters=(),
    paginated=False,
    body_type="PerDiemCompensation",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperPerDiemCompensation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
