"""`DELETE /timesheet/entry/{id}` (TimesheetEntry_delete): `tx.timesheet_entry.delete(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    version: int | Unset = UNSET,
) -> RequestArgs:
    """The request of `DELETE /timesheet/entry/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["version"] = version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/timesheet/entry/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="TimesheetEntry_delete",
    group="timesheet_entry",
    name="delete",
    method="DELETE",
    path="/timesheet/entry/{id}",
    summary="Delete timesheet entry by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("version", "version", "query", False),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
