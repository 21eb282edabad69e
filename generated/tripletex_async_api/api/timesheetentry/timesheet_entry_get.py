"""`GET /timesheet/entry/{id}` (TimesheetEntry_get): `tx.timesheet_entry.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_timesheet_entry import ResponseWrapperTimesheetEntry
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /timesheet/entry/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/timesheet/entry/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperTimesheetEntry | None:
    """The answer as `ResponseWrapperTimesheetEntry`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperTimesheetEntry.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TimesheetEntry_get",
    group="timesheet_entry",
    name="get",
    method="GET",
    path="/timesheet/entry/{id}",
    summary="Find timesheet entry by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperTimesheetEntry"),),
    deprecated=False,
    build=build,
    parse=parse,
)
