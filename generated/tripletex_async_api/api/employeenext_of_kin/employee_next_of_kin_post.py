"""`POST /employee/nextOfKin` (EmployeeNextOfKin_post): `tx.employee_next_of_kin.post(...)`."""

from typing import Any

import httpx

from ...models.next_of_kin import NextOfKin
from ...models.response_wrapper_next_of_kin import ResponseWrapperNextOfKin
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: NextOfKin,
) -> RequestArgs:
    """The request of `POST /employee/nextOfKin`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/employee/nextOfKin",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperNextOfKin | None:
    """The answer as `ResponseWrapperNextOfKin`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperNextOfKin.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="EmployeeNextOfKin_post",
    group="employee_next_of_kin",
    name="post",
    method="POST",
    path="/employee/nextOfKin",
    summary="Create next of kin.",
    parameters=(),
    paginated=False,
    body_type="NextOfKin",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperNextOfKin"),),
    deprecated=False,
    build=build,
    parse=parse,
)
