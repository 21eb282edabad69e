"""`PUT /employee/employment/details/{id}` (EmployeeEmploymentDetails_put): `tx.employee_employment_details.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.employment_details import EmploymentDetails
from ...models.response_wrapper_employment_details import ResponseWrapperEmploymentDetails
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: EmploymentDetails,
) -> RequestArgs:
    """The request of `PUT /employee/employment/details/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/employee/employment/details/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperEmploymentDetails | None:
    """The answer as `ResponseWrapperEmploymentDetails`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperEmploymentDetails.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="EmployeeEmploymentDetails_put",
    group="employee_employment_details",
    name="put",
    method="PUT",
    path="/employee/employment/details/{id}",
    summary="Update employment details. ",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="EmploymentDetails",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperEmploymentDetails"),),
    deprecated=False,
    build=build,
    parse=parse,
)
