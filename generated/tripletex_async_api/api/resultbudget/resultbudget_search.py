"""`GET /resultbudget` (Resultbudget_search): `tx.resultbudget.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_result_budget import ListResponseResultBudget
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    department_ids: str | Unset = UNSET,
    project_ids: str | Unset = UNSET,
    product_ids: str | Unset = UNSET,
    employee_ids: str | Unset = UNSET,
    year: int | Unset = UNSET,
    include_all_department_result_budgets: bool | Unset = UNSET,
    include_all_project_result_budgets: bool | Unset = UNSET,
    include_all_product_result_budgets: bool | Unset = UNSET,
    include_all_employee_result_budgets: bool | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /resultbudget`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["departmentIds"] = department_ids

    params["projectIds"] = project_ids

    params["productIds"] = product_ids

    params["employeeIds"] = employee_ids

    params["year"] = year

    params["includeAllDepartmentResultBudgets"] = include_all_department_result_budgets

    params["includeAllProjectResultBudgets"] = include_all_project_result_budgets

    params["includeAllProductResultBudgets"] = include_all_product_result_budgets

    params["includeAllEmployeeResultBudgets"] = include_all_employee_result_budgets

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/resultbudget",
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
    id="Resultbudget_search",
    group="resultbudget",
    name="search",
    method="GET",
    path="/resultbudget",
    summary="Find result budgets corresponding with sent data. Either specify the ids of the departments, projects, products or employees to return result budgets for, or use the boolean parameters includeAll***ResultBudgets to get all results budgets.",
    parameters=(
        Param("departmentIds", "department_ids", "query", False),
        Param("projectIds", "project_ids", "query", False),
        Param("productIds", "product_ids", "query", False),
        Param("employeeIds", "employee_ids", "query", False),
        Param("year", "year", "query", False),
        Param("includeAllDepartmentResultBudgets", "include_all_department_result_budgets", "query", False),
        Param("includeAllProjectResultBudgets", "include_all_project_result_budgets", "query", False),
        Param("includeAllProductResultBudgets", "include_all_product_result_budgets", "query", False),
        Param("includeAllEmployeeResultBudgets", "include_all_employee_result_budgets", "query", False),
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
