"""`POST /employee/standardTime` (EmployeeStandardTime_post): `tx.employee_standard_time.post(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_standard_time import ResponseWrapperStandardTime
from ...models.standard_time import StandardTime
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: StandardTime,
) -> RequestArgs:
    """The request of `POST /employee/standardTime`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/employee/standardTime",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperStandardTime | None:
    """The answer as `ResponseWrapperStandardTime`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperStandardTime.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="EmployeeStandardTime_post",
    group="employee_standard_time",
    name="post",
    method="POST",
    path="/employee/standardTime",
    summary="Create standard time.",
    parameters=(),
    paginated=False,
    body_type="StandardTime",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperStandardTime"),),
    deprecated=False,
    build=build,
    parse=parse,
)
