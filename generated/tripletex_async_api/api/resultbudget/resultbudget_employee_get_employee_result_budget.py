"""`GET /resultbudget/employee/{id}` (ResultbudgetEmployee_getEmployeeResultBudget): `tx.resultbudget.get_employee_result_budget(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.list_response_result_budget import ListResponseResultBudget
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    year: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /resultbudget/employee/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["year"] = year

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/resultbudget/employee/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseResultBudget | None:
    """The answer as `ListResponseResultBudget`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseResultBudget.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ResultbudgetEmployee_getEmployeeResultBudget",
    group="resultbudget",
    name="get_employee_result_budget",
    method="GET",
    path="/resultbudget/employee/{id}",
    summary="Get result budget associated with an employeeId",
    parameters=(
        Param("id", "id", "path", True),
        Param("year", "year", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseResultBudget"),),
    deprecated=False,
    build=build,
    parse=parse,
)
