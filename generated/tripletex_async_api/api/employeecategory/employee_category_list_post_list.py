"""`POST /employee/category/list` (EmployeeCategoryList_postList): `tx.employee_category.post_list(...)`."""

from typing import Any

import httpx

from ...models.employee_category import EmployeeCategory
from ...models.list_response_employee_category import ListResponseEmployeeCategory
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[EmployeeCategory],
) -> RequestArgs:
    """The request of `POST /employee/category/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/employee/category/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseEmployeeCategory | None:
    """The answer as `ListResponseEmployeeCategory`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponseEmployeeCategory.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="EmployeeCategoryList_postList",
    group="employee_category",
    name="post_list",
    method="POST",
    path="/employee/category/list",
    summary="Create new employee categories.",
    parameters=(),
    paginated=False,
    body_type="list[EmployeeCategory]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseEmployeeCategory"),),
    deprecated=False,
    build=build,
    parse=parse,
)
