"""`POST /employee/employment/details` (EmployeeEmploymentDetails_post): `tx.employee_employment_details.post(...)`."""

from typing import Any

import httpx

from ...models.employment_details import EmploymentDetails
from ...models.response_wrapper_employment_details import ResponseWrapperEmploymentDetails
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: EmploymentDetails,
) -> RequestArgs:
    """The request of `POST /employee/employment/details`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/employee/employment/details",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperEmploymentDetails | None:
    """The answer as `ResponseWrapperEmploymentDetails`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperEmploymentDetails.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="EmployeeEmploymentDetails_post",
    group="employee_employment_details",
    name="post",
    method="POST",
    path="/employee/employment/details",
    summary="Create employment details.",
    parameters=(),
    paginated=False,
    body_type="EmploymentDetails",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperEmploymentDetails"),),
    deprecated=False,
    build=build,
    parse=parse,
)
