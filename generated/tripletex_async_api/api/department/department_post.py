"""`POST /department` (Department_post): `tx.department.post(...)`."""

from typing import Any

import httpx

from ...models.department import Department
from ...models.response_wrapper_department import ResponseWrapperDepartment
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: Department,
) -> RequestArgs:
    """The request of `POST /department`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/department",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperDepartment | None:
    """The answer as `ResponseWrapperDepartment`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperDepartment.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="Department_post",
    group="department",
    name="post",
    method="POST",
    path="/department",
    summary="Add new department.",
    parameters=(),
    paginated=False,
    body_type="Department",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperDepartment"),),
    deprecated=False,
    build=build,
    parse=parse,
)
