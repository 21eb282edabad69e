"""`PUT /employee/preferences/list` (EmployeePreferencesList_putList): `tx.employee_preferences.put_list(...)`."""

from typing import Any

import httpx

from ...models.employee_preferences import EmployeePreferences
from ...models.list_response_employee_preferences import ListResponseEmployeePreferences
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[EmployeePreferences],
) -> RequestArgs:
    """The request of `PUT /employee/preferences/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/employee/preferences/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseEmployeePreferences | None:
    """The answer as `ListResponseEmployeePreferences`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseEmployeePreferences.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="EmployeePreferencesList_putList",
    group="employee_preferences",
    name="put_list",
    method="PUT",
    path="/employee/preferences/list",
    summary="Update multiple employee preferences.",
    parameters=(),
    paginated=False,
    body_type="list[EmployeePreferences]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ListResponseEmployeePreferences"),),
    deprecated=False,
    build=build,
    parse=parse,
)
