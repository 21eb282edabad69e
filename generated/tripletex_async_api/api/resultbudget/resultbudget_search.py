from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_result_budget import ListResponseResultBudget
from ...types import UNSET, Response, Unset


def _get_kwargs(
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
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

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

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/resultbudget",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseResultBudget | None:
    if response.status_code == 200:
        response_200 = ListResponseResultBudget.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseResultBudget]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    department_ids: str | Unset = UNSET,
    project_ids: str | Unset = UNSET,
    product_ids: str | Unset = UNSET,
    employee_ids: str | Unset = UNSET,
    year: int | Unset = UNSET,
    include_all_department_result_budgets: bool | Unset = UNSET,
    include_all_project_result_budgets: bool | Unset = UNSET,
    include_all_product_result_budgets: bool | Unset = UNSET,
    include_all_employee_result_budgets: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseResultBudget]:
    """Find result budgets corresponding with sent data. Either specify the ids of the departments,
    projects, products or employees to return result budgets for, or use the boolean parameters
    includeAll***ResultBudgets to get all results budgets.

    Args:
        department_ids (str | Unset):
        project_ids (str | Unset):
        product_ids (str | Unset):
        employee_ids (str | Unset):
        year (int | Unset):
        include_all_department_result_budgets (bool | Unset):
        include_all_project_result_budgets (bool | Unset):
        include_all_product_result_budgets (bool | Unset):
        include_all_employee_result_budgets (bool | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseResultBudget]
    """

    kwargs = _get_kwargs(
        department_ids=department_ids,
        project_ids=project_ids,
        product_ids=product_ids,
        employee_ids=employee_ids,
        year=year,
        include_all_department_result_budgets=include_all_department_result_budgets,
        include_all_project_result_budgets=include_all_project_result_budgets,
        include_all_product_result_budgets=include_all_product_result_budgets,
        include_all_employee_result_budgets=include_all_employee_result_budgets,
        from_=from_,
        count=count,
        sorting=sorting,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    department_ids: str | Unset = UNSET,
    project_ids: str | Unset = UNSET,
    product_ids: str | Unset = UNSET,
    employee_ids: str | Unset = UNSET,
    year: int | Unset = UNSET,
    include_all_department_result_budgets: bool | Unset = UNSET,
    include_all_project_result_budgets: bool | Unset = UNSET,
    include_all_product_result_budgets: bool | Unset = UNSET,
    include_all_employee_result_budgets: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseResultBudget | None:
    """Find result budgets corresponding with sent data. Either specify the ids of the departments,
    projects, products or employees to return result budgets for, or use the boolean parameters
    includeAll***ResultBudgets to get all results budgets.

    Args:
        department_ids (str | Unset):
        project_ids (str | Unset):
        product_ids (str | Unset):
        employee_ids (str | Unset):
        year (int | Unset):
        include_all_department_result_budgets (bool | Unset):
        include_all_project_result_budgets (bool | Unset):
        include_all_product_result_budgets (bool | Unset):
        include_all_employee_result_budgets (bool | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseResultBudget
    """

    return (
        await asyncio_detailed(
            client=client,
            department_ids=department_ids,
            project_ids=project_ids,
            product_ids=product_ids,
            employee_ids=employee_ids,
            year=year,
            include_all_department_result_budgets=include_all_department_result_budgets,
            include_all_project_result_budgets=include_all_project_result_budgets,
            include_all_product_result_budgets=include_all_product_result_budgets,
            include_all_employee_result_budgets=include_all_employee_result_budgets,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
