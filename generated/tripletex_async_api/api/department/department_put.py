"""`PUT /department/{id}` (Department_put): `tx.department.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.department import Department
from ...models.response_wrapper_department import ResponseWrapperDepartment
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: Department,
) -> RequestArgs:
    """The request of `PUT /department/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/department/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperDepartment | None:
    """The answer as `ResponseWrapperDepartment`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperDepartment.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Department_put",
    group="department",
    name="put",
    method="PUT",
    path="/department/{id}",
    summary="Update department.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="Department",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperDepartment"),),
    deprecated=False,
    build=build,
    parse=parse,
)
