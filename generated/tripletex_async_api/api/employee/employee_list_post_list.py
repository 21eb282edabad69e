"""`POST /employee/list` (EmployeeList_postList): `tx.employee.post_list(...)`."""

from typing import Any

import httpx

from ...models.employee import Employee
from ...models.list_response_employee import ListResponseEmployee
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[Employee],
) -> RequestArgs:
    """The request of `POST /employee/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/employee/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseEmployee | None:
    """The answer as `ListResponseEmployee`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponseEmployee.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="EmployeeList_postList",
    group="employee",
    name="post_list",
    method="POST",
    path="/employee/list",
    summary="Create several employees.",
    parameters=(),
    paginated=False,
    body_type="list[Employee]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseEmployee"),),
    deprecated=False,
    build=build,
    parse=parse,
)
