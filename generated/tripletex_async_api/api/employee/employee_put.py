"""`PUT /employee/{id}` (Employee_put): `tx.employee.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.employee import Employee
from ...models.response_wrapper_employee import ResponseWrapperEmployee
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: Employee,
) -> RequestArgs:
    """The request of `PUT /employee/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/employee/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperEmployee | None:
    """The answer as `ResponseWrapperEmployee`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperEmployee.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Employee_put",
    group="employee",
    name="put",
    method="PUT",
    path="/employee/{id}",
    summary="Update employee.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="Employee",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperEmployee"),),
    deprecated=False,
    build=build,
    parse=parse,
)
