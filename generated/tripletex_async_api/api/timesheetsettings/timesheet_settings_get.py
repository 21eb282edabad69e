"""`GET /timesheet/settings` (TimesheetSettings_get): `tx.timesheet_settings.get(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_timesheet_settings import ResponseWrapperTimesheetSettings
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /timesheet/settings`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/timesheet/settings",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperTimesheetSettings | None:
    """The answer as `ResponseWrapperTimesheetSettings`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperTimesheetSettings.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TimesheetSettings_get",
    group="timesheet_settings",
    name="get",
    method="GET",
    path="/timesheet/settings",
    summary="[BETA] Get timesheet settings of logged in company.",
    parameters=(Param("fields", "fields", "query", False, ""),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperTimesheetSettings"),),
    deprecated=False,
    build=build,
    parse=parse,
)
