"""`POST /employee/category` (EmployeeCategory_post): `tx.employee_category.post(...)`."""

from typing import Any

import httpx

from ...models.employee_category import EmployeeCategory
from ...models.response_wrapper_employee_category import ResponseWrapperEmployeeCategory
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: EmployeeCategory,
) -> RequestArgs:
    """The request of `POST /employee/category`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/employee/category",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperEmployeeCategory | None:
    """The answer as `ResponseWrapperEmployeeCategory`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperEmployeeCategory.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="EmployeeCategory_post",
    group="employee_category",
    name="post",
    method="POST",
    path="/employee/category",
    summary="Create a new employee category.",
    parameters=(),
    paginated=False,
    body_type="EmployeeCategory",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperEmployeeCategory"),),
    deprecated=False,
    build=build,
    parse=parse,
)
