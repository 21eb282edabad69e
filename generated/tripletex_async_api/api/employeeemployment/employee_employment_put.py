"""`PUT /employee/employment/{id}` (EmployeeEmployment_put): `tx.employee_employment.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.employment import Employment
from ...models.response_wrapper_employment import ResponseWrapperEmployment
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: Employment,
) -> RequestArgs:
    """The request of `PUT /employee/employment/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/employee/employment/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperEmployment | None:
    """The answer as `ResponseWrapperEmployment`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperEmployment.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="EmployeeEmployment_put",
    group="employee_employment",
    name="put",
    method="PUT",
    path="/employee/employment/{id}",
    summary="Update employemnt. ",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="Employment",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperEmployment"),),
    deprecated=False,
    build=build,
    parse=parse,
)
