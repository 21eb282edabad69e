"""`GET /employee/category/{id}` (EmployeeCategory_get): `tx.employee_category.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_employee_category import ResponseWrapperEmployeeCategory
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /employee/category/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/employee/category/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperEmployeeCategory | None:
    """The answer as `ResponseWrapperEmployeeCategory`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperEmployeeCategory.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="EmployeeCategory_get",
    group="employee_category",
    name="get",
    method="GET",
    path="/employee/category/{id}",
    summary="Get employee category by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperEmployeeCategory"),),
    deprecated=False,
    build=build,
    parse=parse,
)
