from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ledger_posting_search_type import LedgerPostingSearchType
from ...models.list_response_posting import ListResponsePosting
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    date_from: str,
    date_to: str,
    open_postings: str | Unset = UNSET,
    account_id: int | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    employee_id: int | Unset = UNSET,
    department_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    product_id: int | Unset = UNSET,
    account_number_from: int | Unset = UNSET,
    account_number_to: int | Unset = UNSET,
    type_: LedgerPostingSearchType | Unset = UNSET,
    accounting_dimension_value_1_id: int | Unset = UNSET,
    accounting_dimension_value_2_id: int | Unset = UNSET,
    accounting_dimension_value_3_id: int | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["openPostings"] = open_postings

    params["accountId"] = account_id

    params["supplierId"] = supplier_id

    params["customerId"] = customer_id

    params["employeeId"] = employee_id

    params["departmentId"] = department_id

    params["projectId"] = project_id

    params["productId"] = product_id

    params["accountNumberFrom"] = account_number_from

    params["accountNumberTo"] = account_number_to

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

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
        "url": "/ledger/posting",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListResponsePosting | None:
    if response.status_code == 200:
        response_200 = ListResponsePosting.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ListResponsePosting]:
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
    open_postings: str | Unset = UNSET,
    account_id: int | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    employee_id: int | Unset = UNSET,
    department_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    product_id: int | Unset = UNSET,
    account_number_from: int | Unset = UNSET,
    account_number_to: int | Unset = UNSET,
    type_: LedgerPostingSearchType | Unset = UNSET,
    accounting_dimension_value_1_id: int | Unset = UNSET,
    accounting_dimension_value_2_id: int | Unset = UNSET,
    accounting_dimension_value_3_id: int | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponsePosting]:
    """Find postings corresponding with sent data.

    Args:
        date_from (str):
        date_to (str):
        open_postings (str | Unset):
        account_id (int | Unset):
        supplier_id (int | Unset):
        customer_id (int | Unset):
        employee_id (int | Unset):
        department_id (int | Unset):
        project_id (int | Unset):
        product_id (int | Unset):
        account_number_from (int | Unset):
        account_number_to (int | Unset):
        type_ (LedgerPostingSearchType | Unset):
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
        Response[ListResponsePosting]
    """

    kwargs = _get_kwargs(
        date_from=date_from,
        date_to=date_to,
        open_postings=open_postings,
        account_id=account_id,
        supplier_id=supplier_id,
        customer_id=customer_id,
        employee_id=employee_id,
        department_id=department_id,
        project_id=project_id,
        product_id=product_id,
        account_number_from=account_number_from,
        account_number_to=account_number_to,
        type_=type_,
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
    date_from: str,
    date_to: str,
    open_postings: str | Unset = UNSET,
    account_id: int | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    employee_id: int | Unset = UNSET,
    department_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    product_id: int | Unset = UNSET,
    account_number_from: int | Unset = UNSET,
    account_number_to: int | Unset = UNSET,
    type_: LedgerPostingSearchType | Unset = UNSET,
    accounting_dimension_value_1_id: int | Unset = UNSET,
    accounting_dimension_value_2_id: int | Unset = UNSET,
    accounting_dimension_value_3_id: int | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponsePosting | None:
    """Find postings corresponding with sent data.

    Args:
        date_from (str):
        date_to (str):
        open_postings (str | Unset):
        account_id (int | Unset):
        supplier_id (int | Unset):
        customer_id (int | Unset):
        employee_id (int | Unset):
        department_id (int | Unset):
        project_id (int | Unset):
        product_id (int | Unset):
        account_number_from (int | Unset):
        account_number_to (int | Unset):
        type_ (LedgerPostingSearchType | Unset):
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
        ListResponsePosting
    """

    return (
        await asyncio_detailed(
            client=client,
            date_from=date_from,
            date_to=date_to,
            open_postings=open_postings,
            account_id=account_id,
            supplier_id=supplier_id,
            customer_id=customer_id,
            employee_id=employee_id,
            department_id=department_id,
            project_id=project_id,
            product_id=product_id,
            account_number_from=account_number_from,
            account_number_to=account_number_to,
            type_=type_,
            accounting_dimension_value_1_id=accounting_dimension_value_1_id,
            accounting_dimension_value_2_id=accounting_dimension_value_2_id,
            accounting_dimension_value_3_id=accounting_dimension_value_3_id,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
