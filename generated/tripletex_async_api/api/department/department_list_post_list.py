"""`POST /department/list` (DepartmentList_postList): `tx.department.post_list(...)`."""

from typing import Any

import httpx

from ...models.department import Department
from ...models.list_response_department import ListResponseDepartment
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[Department],
) -> RequestArgs:
    """The request of `POST /department/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
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
    if response.status_code == 201:
        response_201 = ListResponseDepartment.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="DepartmentList_postList",
    group="department",
    name="post_list",
    method="POST",
    path="/department/list",
    summary="Register new departments.",
    parameters=(),
    paginated=False,
    body_type="list[Department]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseDepartment"),),
    deprecated=False,
    build=build,
    parse=parse,
)
