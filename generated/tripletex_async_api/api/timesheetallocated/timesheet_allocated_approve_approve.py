"""`PUT /timesheet/allocated/{id}/:approve` (TimesheetAllocatedApprove_approve): `tx.timesheet_allocated.approve(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_timesheet_allocated import ResponseWrapperTimesheetAllocated
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    manager_comment: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /timesheet/allocated/{id}/:approve`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["managerComment"] = manager_comment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/timesheet/allocated/{id}/:approve".format(
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
    id="TimesheetAllocatedApprove_approve",
    group="timesheet_allocated",
    name="approve",
    method="PUT",
    path="/timesheet/allocated/{id}/:approve",
    summary="Only for allocated hours on the company's internal holiday/vacation activity. Mark the allocated hour entry as approved. The hours will be copied to the time sheet if the relevant week/month is not approved, and there are no interfering time clocks that are active. A notification will be sent to the entry's employee if the entry's approval status or comment has changed.",
    parameters=(
        Param("id", "id", "path", True),
        Param("managerComment", "manager_comment", "query", False),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperTimesheetAllocated"),),
    deprecated=False,
    build=build,
    parse=parse,
)
