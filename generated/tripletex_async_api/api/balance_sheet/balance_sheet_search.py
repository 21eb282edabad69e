from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_balance_sheet_account import ListResponseBalanceSheetAccount
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    date_from: str,
    date_to: str,
    account_number_from: int | Unset = UNSET,
    account_number_to: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    employee_id: int | Unset = UNSET,
    department_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    include_sub_projects: bool | Unset = False,
    include_active_accounts_without_movements: bool | Unset = False,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

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

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/balanceSheet",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseBalanceSheetAccount | None:
    if response.status_code == 200:
        response_200 = ListResponseBalanceSheetAccount.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseBalanceSheetAccount]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    date_from: str,
    date_to: str,
    account_number_from: int | Unset = UNSET,
    account_number_to: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    employee_id: int | Unset = UNSET,
    department_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    include_sub_projects: bool | Unset = False,
    include_active_accounts_without_movements: bool | Unset = False,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseBalanceSheetAccount]:
    """Get balance sheet (saldobalanse).

    Args:
        date_from (str):
        date_to (str):
        account_number_from (int | Unset):
        account_number_to (int | Unset):
        customer_id (int | Unset):
        employee_id (int | Unset):
        department_id (int | Unset):
        project_id (int | Unset):
        include_sub_projects (bool | Unset):  Default: False.
        include_active_accounts_without_movements (bool | Unset):  Default: False.
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseBalanceSheetAccount]
    """

    kwargs = _get_kwargs(
        date_from=date_from,
        date_to=date_to,
        account_number_from=account_number_from,
        account_number_to=account_number_to,
        customer_id=customer_id,
        employee_id=employee_id,
        department_id=department_id,
        project_id=project_id,
        include_sub_projects=include_sub_projects,
        include_active_accounts_without_movements=include_active_accounts_without_movements,
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
    date_from: str,
    date_to: str,
    account_number_from: int | Unset = UNSET,
    account_number_to: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    employee_id: int | Unset = UNSET,
    department_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    include_sub_projects: bool | Unset = False,
    include_active_accounts_without_movements: bool | Unset = False,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseBalanceSheetAccount | None:
    """Get balance sheet (saldobalanse).

    Args:
        date_from (str):
        date_to (str):
        account_number_from (int | Unset):
        account_number_to (int | Unset):
        customer_id (int | Unset):
        employee_id (int | Unset):
        department_id (int | Unset):
        project_id (int | Unset):
        include_sub_projects (bool | Unset):  Default: False.
        include_active_accounts_without_movements (bool | Unset):  Default: False.
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseBalanceSheetAccount
    """

    return (
        await asyncio_detailed(
            client=client,
            date_from=date_from,
            date_to=date_to,
            account_number_from=account_number_from,
            account_number_to=account_number_to,
            customer_id=customer_id,
            employee_id=employee_id,
            department_id=department_id,
            project_id=project_id,
            include_sub_projects=include_sub_projects,
            include_active_accounts_without_movements=include_active_accounts_without_movements,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
