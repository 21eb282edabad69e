from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_ledger_account import ListResponseLedgerAccount
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    date: str,
    account_id: int | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    employee_id: int | Unset = UNSET,
    department_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    product_id: int | Unset = UNSET,
    accounting_dimension_value_1_id: int | Unset = UNSET,
    accounting_dimension_value_2_id: int | Unset = UNSET,
    accounting_dimension_value_3_id: int | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["date"] = date

    params["accountId"] = account_id

    params["supplierId"] = supplier_id

    params["customerId"] = customer_id

    params["employeeId"] = employee_id

    params["departmentId"] = department_id

    params["projectId"] = project_id

    params["productId"] = product_id

    params["accountingDimensionValue1Id"] = accounting_dimension_value_1_id

    params["accountingDimensionValue2Id"] = accounting_dimension_value_2_id

    params["accountingDimensionValue3Id"] = accounting_dimension_value_3_id

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ledger/openPost",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseLedgerAccount | None:
    if response.status_code == 200:
        response_200 = ListResponseLedgerAccount.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseLedgerAccount]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    date: str,
    account_id: int | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    employee_id: int | Unset = UNSET,
    department_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    product_id: int | Unset = UNSET,
    accounting_dimension_value_1_id: int | Unset = UNSET,
    accounting_dimension_value_2_id: int | Unset = UNSET,
    accounting_dimension_value_3_id: int | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseLedgerAccount]:
    """Find open posts corresponding with sent data.

    Args:
        date (str):
        account_id (int | Unset):
        supplier_id (int | Unset):
        customer_id (int | Unset):
        employee_id (int | Unset):
        department_id (int | Unset):
        project_id (int | Unset):
        product_id (int | Unset):
        accounting_dimension_value_1_id (int | Unset):
        accounting_dimension_value_2_id (int | Unset):
        accounting_dimension_value_3_id (int | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseLedgerAccount]
    """

    kwargs = _get_kwargs(
        date=date,
        account_id=account_id,
        supplier_id=supplier_id,
        customer_id=customer_id,
        employee_id=employee_id,
        department_id=department_id,
        project_id=project_id,
        product_id=product_id,
        accounting_dimension_value_1_id=accounting_dimension_value_1_id,
        accounting_dimension_value_2_id=accounting_dimension_value_2_id,
        accounting_dimension_value_3_id=accounting_dimension_value_3_id,
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
    date: str,
    account_id: int | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    employee_id: int | Unset = UNSET,
    department_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    product_id: int | Unset = UNSET,
    accounting_dimension_value_1_id: int | Unset = UNSET,
    accounting_dimension_value_2_id: int | Unset = UNSET,
    accounting_dimension_value_3_id: int | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseLedgerAccount | None:
    """Find open posts corresponding with sent data.

    Args:
        date (str):
        account_id (int | Unset):
        supplier_id (int | Unset):
        customer_id (int | Unset):
        employee_id (int | Unset):
        department_id (int | Unset):
        project_id (int | Unset):
        product_id (int | Unset):
        accounting_dimension_value_1_id (int | Unset):
        accounting_dimension_value_2_id (int | Unset):
        accounting_dimension_value_3_id (int | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseLedgerAccount
    """

    return (
        await asyncio_detailed(
            client=client,
            date=date,
            account_id=account_id,
            supplier_id=supplier_id,
            customer_id=customer_id,
            employee_id=employee_id,
            department_id=department_id,
            project_id=project_id,
            product_id=product_id,
            accounting_dimension_value_1_id=accounting_dimension_value_1_id,
            accounting_dimension_value_2_id=accounting_dimension_value_2_id,
            accounting_dimension_value_3_id=accounting_dimension_value_3_id,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
