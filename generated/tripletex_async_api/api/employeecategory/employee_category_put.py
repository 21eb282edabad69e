"""`PUT /employee/category/{id}` (EmployeeCategory_put): `tx.employee_category.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.employee_category import EmployeeCategory
from ...models.response_wrapper_employee_category import ResponseWrapperEmployeeCategory
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: EmployeeCategory,
) -> RequestArgs:
    """The request of `PUT /employee/category/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/employee/category/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperEmployeeCategory | None:
    """The answer as `ResponseWrapperEmployeeCategory`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperEmployeeCategory.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="EmployeeCategory_put",
    group="employee_category",
    name="put",
    method="PUT",
    path="/employee/category/{id}",
    summary="Update employee category information.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="EmployeeCategory",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperEmployeeCategory"),),
    deprecated=False,
    build=build,
    parse=parse,
)
