"""`POST /employee/employment` (EmployeeEmployment_post): `tx.employee_employment.post(...)`."""

from typing import Any

import httpx

from ...models.employment import Employment
from ...models.response_wrapper_employment import ResponseWrapperEmployment
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: Employment,
) -> RequestArgs:
    """The request of `POST /employee/employment`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/employee/employment",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperEmployment | None:
    """The answer as `ResponseWrapperEmployment`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperEmployment.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="EmployeeEmployment_post",
    group="employee_employment",
    name="post",
    method="POST",
    path="/employee/employment",
    summary="Create employment.",
    parameters=(),
    paginated=False,
    body_type="Employment",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperEmployment"),),
    deprecated=False,
    build=build,
    parse=parse,
)
