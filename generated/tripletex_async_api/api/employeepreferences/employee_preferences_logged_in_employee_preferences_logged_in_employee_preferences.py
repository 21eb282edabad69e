"""`GET /employee/preferences/>loggedInEmployeePreferences` (EmployeePreferencesLoggedInEmployeePreferences_loggedInEmployeePreferences): `tx.employee_preferences.logged_in_employee_preferences(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_employee_preferences import ResponseWrapperEmployeePreferences
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /employee/preferences/>loggedInEmployeePreferences`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/employee/preferences/>loggedInEmployeePreferences",
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
    id="EmployeePreferencesLoggedInEmployeePreferences_loggedInEmployeePreferences",
    group="employee_preferences",
    name="logged_in_employee_preferences",
    method="GET",
    path="/employee/preferences/>loggedInEmployeePreferences",
    summary="Get employee preferences for current user",
    parameters=(Param("fields", "fields", "query", False, ""),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperEmployeePreferences"),),
    deprecated=False,
    build=build,
    parse=parse,
)
