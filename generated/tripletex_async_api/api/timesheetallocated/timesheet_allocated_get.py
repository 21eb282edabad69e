"""`GET /timesheet/allocated/{id}` (TimesheetAllocated_get): `tx.timesheet_allocated.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_timesheet_allocated import ResponseWrapperTimesheetAllocated
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /timesheet/allocated/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/timesheet/allocated/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperTimesheetAllocated | None:
    """The answer as `ResponseWrapperTimesheetAllocated`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperTimesheetAllocated.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TimesheetAllocated_get",
    group="timesheet_allocated",
    name="get",
    method="GET",
    path="/timesheet/allocated/{id}",
    summary="Find allocated hour entry by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperTimesheetAllocated"),),
    deprecated=False,
    build=build,
    parse=parse,
)
