"""`PUT /employee/nextOfKin/{id}` (EmployeeNextOfKin_put): `tx.employee_next_of_kin.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.next_of_kin import NextOfKin
from ...models.response_wrapper_next_of_kin import ResponseWrapperNextOfKin
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: NextOfKin,
) -> RequestArgs:
    """The request of `PUT /employee/nextOfKin/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/employee/nextOfKin/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperNextOfKin | None:
    """The answer as `ResponseWrapperNextOfKin`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperNextOfKin.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="EmployeeNextOfKin_put",
    group="employee_next_of_kin",
    name="put",
    method="PUT",
    path="/employee/nextOfKin/{id}",
    summary="Update next of kin. ",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="NextOfKin",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperNextOfKin"),),
    deprecated=False,
    build=build,
    parse=parse,
)
