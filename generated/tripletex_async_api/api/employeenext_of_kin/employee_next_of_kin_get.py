"""`GET /employee/nextOfKin/{id}` (EmployeeNextOfKin_get): `tx.employee_next_of_kin.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_next_of_kin import ResponseWrapperNextOfKin
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /employee/nextOfKin/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/employee/nextOfKin/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperNextOfKin | None:
    """The answer as `ResponseWrapperNextOfKin`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperNextOfKin.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="EmployeeNextOfKin_get",
    group="employee_next_of_kin",
    name="get",
    method="GET",
    path="/employee/nextOfKin/{id}",
    summary="Find next of kin by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperNextOfKin"),),
    deprecated=False,
    build=build,
    parse=parse,
)
