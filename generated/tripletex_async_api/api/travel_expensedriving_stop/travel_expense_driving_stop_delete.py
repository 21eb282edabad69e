"""`DELETE /travelExpense/drivingStop/{id}` (TravelExpenseDrivingStop_delete): `tx.travel_expense_driving_stop.delete(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...types import Operation, Param, RequestArgs


def build(
    id: int,
) -> RequestArgs:
    """The request of `DELETE /travelExpense/drivingStop/{id}`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/travelExpense/drivingStop/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="TravelExpenseDrivingStop_delete",
    group="travel_expense_driving_stop",
    name="delete",
    method="DELETE",
    path="/travelExpense/drivingStop/{id}",
    summary="Delete mileage allowance stops.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
