"""`PUT /department/list` (DepartmentList_putList): `tx.department.put_list(...)`."""

from typing import Any

import httpx

from ...models.department import Department
from ...models.list_response_department import ListResponseDepartment
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[Department],
) -> RequestArgs:
    """The request of `PUT /department/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/department/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseDepartment | None:
    """The answer as `ListResponseDepartment`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseDepartment.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="DepartmentList_putList",
    group="department",
    name="put_list",
    method="PUT",
    path="/department/list",
    summary="Update multiple departments.",
    parameters=(),
    paginated=False,
    body_type="list[Department]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ListResponseDepartment"),),
    deprecated=False,
    build=build,
    parse=parse,
)
