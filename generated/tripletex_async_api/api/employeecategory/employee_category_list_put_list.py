"""`PUT /employee/category/list` (EmployeeCategoryList_putList): `tx.employee_category.put_list(...)`."""

from typing import Any

import httpx

from ...models.employee_category import EmployeeCategory
from ...models.list_response_employee_category import ListResponseEmployeeCategory
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[EmployeeCategory],
) -> RequestArgs:
    """The request of `PUT /employee/category/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
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
    if response.status_code == 200:
        response_200 = ListResponseEmployeeCategory.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="EmployeeCategoryList_putList",
    group="employee_category",
    name="put_list",
    method="PUT",
    path="/employee/category/list",
    summary="Update multiple employee categories.",
    parameters=(),
    paginated=False,
    body_type="list[EmployeeCategory]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ListResponseEmployeeCategory"),),
    deprecated=False,
    build=build,
    parse=parse,
)
