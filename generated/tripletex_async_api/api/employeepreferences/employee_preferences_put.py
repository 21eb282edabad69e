"""`PUT /employee/preferences/{id}` (EmployeePreferences_put): `tx.employee_preferences.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.employee_preferences import EmployeePreferences
from ...models.response_wrapper_employee_preferences import ResponseWrapperEmployeePreferences
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: EmployeePreferences,
) -> RequestArgs:
    """The request of `PUT /employee/preferences/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/employee/preferences/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperEmployeePreferences | None:
    """The answer as `ResponseWrapperEmployeePreferences`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperEmployeePreferences.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="EmployeePreferences_put",
    group="employee_preferences",
    name="put",
    method="PUT",
    path="/employee/preferences/{id}",
    summary="Update employee preferences information.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="EmployeePreferences",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperEmployeePreferences"),),
    deprecated=False,
    build=build,
    parse=parse,
)
