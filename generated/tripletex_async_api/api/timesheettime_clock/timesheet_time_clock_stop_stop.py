"""`PUT /timesheet/timeClock/{id}/:stop` (TimesheetTimeClockStop_stop): `tx.timesheet_time_clock.stop(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    version: int | Unset = UNSET,
    comment: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /timesheet/timeClock/{id}/:stop`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["version"] = version

    params["comment"] = comment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/timesheet/timeClock/{id}/:stop".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 200:
        return None

    return None


OPERATION = Operation(
    id="TimesheetTimeClockStop_stop",
    group="timesheet_time_clock",
    name="stop",
    method="PUT",
    path="/timesheet/timeClock/{id}/:stop",
    summary="Stop time clock.",
    parameters=(
        Param("id", "id", "path", True),
        Param("version", "version", "query", False, 0),
        Param("comment", "comment", "query", False),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
