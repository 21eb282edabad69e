"""`GET /salary/type/{id}` (SalaryType_get): `tx.salary_type.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_salary_type import ResponseWrapperSalaryType
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /salary/type/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/salary/type/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperSalaryType | None:
    """The answer as `ResponseWrapperSalaryType`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperSalaryType.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="SalaryType_get",
    group="salary_type",
    name="get",
    method="GET",
    path="/salary/type/{id}",
    summary="Find salary type by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperSalaryType"),),
    deprecated=False,
    build=build,
    parse=parse,
)
