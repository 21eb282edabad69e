"""`GET /travelExpense/perDiemCompensation/{id}` (TravelExpensePerDiemCompensation_get): `tx.travel_expense_per_diem_compensation.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_per_diem_compensation import ResponseWrapperPerDiemCompensation
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /travelExpense/perDiemCompensation/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/travelExpense/perDiemCompensation/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperPerDiemCompensation | None:
    """The answer as `ResponseWrapperPerDiemCompensation`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperPerDiemCompensation.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpensePerDiemCompensation_get",
    group="travel_expense_per_diem_compensation",
    name="get",
    method="GET",
    path="/travelExpense/perDiemCompensation/{id}",
    summary="Get per diem compensation by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperPerDiemCompensation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
