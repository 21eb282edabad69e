"""`GET /travelExpense/drivingStop/{id}` (TravelExpenseDrivingStop_get): `tx.travel_expense_driving_stop.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_driving_stop import ResponseWrapperDrivingStop
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /travelExpense/drivingStop/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/travelExpense/drivingStop/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperDrivingStop | None:
    """The answer as `ResponseWrapperDrivingStop`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperDrivingStop.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpenseDrivingStop_get",
    group="travel_expense_driving_stop",
    name="get",
    method="GET",
    path="/travelExpense/drivingStop/{id}",
    summary="Get driving stop by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperDrivingStop"),),
    deprecated=False,
    build=build,
    parse=parse,
)
