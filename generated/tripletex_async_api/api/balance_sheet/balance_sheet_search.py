"""`GET /balanceSheet` (BalanceSheet_search): `tx.balance_sheet.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_balance_sheet_account import ListResponseBalanceSheetAccount
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    date_from: str,
    date_to: str,
    account_number_from: int | Unset = UNSET,
    account_number_to: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    employee_id: int | Unset = UNSET,
    department_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    include_sub_projects: bool | Unset = UNSET,
    include_active_accounts_without_movements: bool | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /balanceSheet`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["accountNumberFrom"] = account_number_from

    params["accountNumberTo"] = account_number_to

    params["customerId"] = customer_id

    params["employeeId"] = employee_id

    params["departmentId"] = department_id

    params["projectId"] = project_id

    params["includeSubProjects"] = include_sub_projects

    params["includeActiveAccountsWithoutMovements"] = include_active_accounts_without_movements

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/balanceSheet",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseBalanceSheetAccount | None:
    """The answer as `ListResponseBalanceSheetAccount`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseBalanceSheetAccount.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="BalanceSheet_search",
    group="balance_sheet",
    name="search",
    method="GET",
    path="/balanceSheet",
    summary="Get balance sheet (saldobalanse).",
    parameters=(
        Param("dateFrom", "date_from", "query", True),
        Param("dateTo", "date_to", "query", True),
        Param("accountNumberFrom", "account_number_from", "query", False),
        Param("accountNumberTo", "account_number_to", "query", False),
        Param("customerId", "customer_id", "query", False),
        Param("employeeId", "employee_id", "query", False),
        Param("departmentId", "department_id", "query", False),
        Param("projectId", "project_id", "query", False),
        Param("includeSubProjects", "include_sub_projects", "query", False, False),
        Param(
            "includeActiveAccountsWithoutMovements", "include_active_accounts_without_movements", "query", False, False
        ),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseBalanceSheetAccount"),),
    deprecated=False,
    build=build,
    parse=parse,
)
