"""`PUT /employee/standardTime/{id}` (EmployeeStandardTime_put): `tx.employee_standard_time.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_standard_time import ResponseWrapperStandardTime
from ...models.standard_time import StandardTime
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: StandardTime,
) -> RequestArgs:
    """The request of `PUT /employee/standardTime/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/employee/standardTime/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperStandardTime | None:
    """The answer as `ResponseWrapperStandardTime`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperStandardTime.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="EmployeeStandardTime_put",
    group="employee_standard_time",
    name="put",
    method="PUT",
    path="/employee/standardTime/{id}",
    summary="Update standard time. ",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="StandardTime",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperStandardTime"),),
    deprecated=False,
    build=build,
    parse=parse,
)
