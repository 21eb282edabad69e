"""`GET /employee/preferences` (EmployeePreferences_search): `tx.employee_preferences.search(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_employee_preferences import ResponseWrapperEmployeePreferences
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    employee_id: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /employee/preferences`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["employeeId"] = employee_id

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/employee/preferences",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperEmployeePreferences | None:
    """The answer as `ResponseWrapperEmployeePreferences`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperEmployeePreferences.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="EmployeePreferences_search",
    group="employee_preferences",
    name="search",
    method="GET",
    path="/employee/preferences",
    summary="Find employee preferences corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("employeeId", "employee_id", "query", False),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperEmployeePreferences"),),
    deprecated=False,
    build=build,
    parse=parse,
)
