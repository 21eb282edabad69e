"""`PUT /timesheet/allocated/:approveList` (TimesheetAllocatedApproveList_approveList): `tx.timesheet_allocated.approve_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_timesheet_allocated import ListResponseTimesheetAllocated
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    ids: str | Unset = UNSET,
    employee_ids: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    manager_comment: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /timesheet/allocated/:approveList`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["ids"] = ids

    params["employeeIds"] = employee_ids

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["managerComment"] = manager_comment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/timesheet/allocated/:approveList",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseTimesheetAllocated | None:
    """The answer as `ListResponseTimesheetAllocated`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseTimesheetAllocated.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TimesheetAllocatedApproveList_approveList",
    group="timesheet_allocated",
    name="approve_list",
    method="PUT",
    path="/timesheet/allocated/:approveList",
    summary="Only for allocated hours on the company's internal holiday/vacation activity. Mark the allocated hour entry/entries as approved. The hours will be copied to the time sheet if the relevant weeks/months are not approved, and there are no interfering time clocks that are active. Notifications will be sent to the entries' employees if the entries' approval statuses or comments have changed. If IDs are provided, the other args are ignored.",
    parameters=(
        Param("ids", "ids", "query", False),
        Param("employeeIds", "employee_ids", "query", False),
        Param("dateFrom", "date_from", "query", False),
        Param("dateTo", "date_to", "query", False),
        Param("managerComment", "manager_comment", "query", False),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseTimesheetAllocated"),),
    deprecated=False,
    build=build,
    parse=parse,
)
