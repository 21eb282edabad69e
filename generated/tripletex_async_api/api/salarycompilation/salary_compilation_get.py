"""`GET /salary/compilation` (SalaryCompilation_get): `tx.salary_compilation.get(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_salary_compilation import ResponseWrapperSalaryCompilation
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    employee_id: int,
    year: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /salary/compilation`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["employeeId"] = employee_id

    params["year"] = year

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/salary/compilation",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperSalaryCompilation | None:
    """The answer as `ResponseWrapperSalaryCompilation`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperSalaryCompilation.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="SalaryCompilation_get",
    group="salary_compilation",
    name="get",
    method="GET",
    path="/salary/compilation",
    summary="Find salary compilation by employee.",
    parameters=(
        Param("employeeId", "employee_id", "query", True),
        Param("year", "year", "query", False),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperSalaryCompilation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
