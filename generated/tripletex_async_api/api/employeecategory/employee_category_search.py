"""`GET /employee/category` (EmployeeCategory_search): `tx.employee_category.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_employee_category import ListResponseEmployeeCategory
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    number: str | Unset = UNSET,
    query: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /employee/category`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["name"] = name

    params["number"] = number

    params["query"] = query

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/employee/category",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseEmployeeCategory | None:
    """The answer as `ListResponseEmployeeCategory`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseEmployeeCategory.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="EmployeeCategory_search",
    group="employee_category",
    name="search",
    method="GET",
    path="/employee/category",
    summary="Find employee category corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("name", "name", "query", False),
        Param("number", "number", "query", False),
        Param("query", "query", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseEmployeeCategory"),),
    deprecated=False,
    build=build,
    parse=parse,
)
