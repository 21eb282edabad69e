from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_supplier import ListResponseSupplier
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    supplier_number: str | Unset = UNSET,
    organization_number: str | Unset = UNSET,
    email: str | Unset = UNSET,
    invoice_email: str | Unset = UNSET,
    is_inactive: bool | Unset = False,
    account_manager_id: str | Unset = UNSET,
    changed_since: str | Unset = UNSET,
    is_wholesaler: bool | Unset = UNSET,
    show_products: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["supplierNumber"] = supplier_number

    params["organizationNumber"] = organization_number

    params["email"] = email

    params["invoiceEmail"] = invoice_email

    params["isInactive"] = is_inactive

    params["accountManagerId"] = account_manager_id

    params["changedSince"] = changed_since

    params["isWholesaler"] = is_wholesaler

    params["showProducts"] = show_products

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/supplier",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListResponseSupplier | None:
    if response.status_code == 200:
        response_200 = ListResponseSupplier.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseSupplier]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    supplier_number: str | Unset = UNSET,
    organization_number: str | Unset = UNSET,
    email: str | Unset = UNSET,
    invoice_email: str | Unset = UNSET,
    is_inactive: bool | Unset = False,
    account_manager_id: str | Unset = UNSET,
    changed_since: str | Unset = UNSET,
    is_wholesaler: bool | Unset = UNSET,
    show_products: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseSupplier]:
    """Find suppliers corresponding with sent data.

    Args:
        id (str | Unset):
        supplier_number (str | Unset):
        organization_number (str | Unset):
        email (str | Unset):
        invoice_email (str | Unset):
        is_inactive (bool | Unset):  Default: False.
        account_manager_id (str | Unset):
        changed_since (str | Unset):
        is_wholesaler (bool | Unset):
        show_products (bool | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseSupplier]
    """

    kwargs = _get_kwargs(
        id=id,
        supplier_number=supplier_number,
        organization_number=organization_number,
        email=email,
        invoice_email=invoice_email,
        is_inactive=is_inactive,
        account_manager_id=account_manager_id,
        changed_since=changed_since,
        is_wholesaler=is_wholesaler,
        show_products=show_products,
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
    id: str | Unset = UNSET,
    supplier_number: str | Unset = UNSET,
    organization_number: str | Unset = UNSET,
    email: str | Unset = UNSET,
    invoice_email: str | Unset = UNSET,
    is_inactive: bool | Unset = False,
    account_manager_id: str | Unset = UNSET,
    changed_since: str | Unset = UNSET,
    is_wholesaler: bool | Unset = UNSET,
    show_products: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseSupplier | None:
    """Find suppliers corresponding with sent data.

    Args:
        id (str | Unset):
        supplier_number (str | Unset):
        organization_number (str | Unset):
        email (str | Unset):
        invoice_email (str | Unset):
        is_inactive (bool | Unset):  Default: False.
        account_manager_id (str | Unset):
        changed_since (str | Unset):
        is_wholesaler (bool | Unset):
        show_products (bool | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseSupplier
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            supplier_number=supplier_number,
            organization_number=organization_number,
            email=email,
            invoice_email=invoice_email,
            is_inactive=is_inactive,
            account_manager_id=account_manager_id,
            changed_since=changed_since,
            is_wholesaler=is_wholesaler,
            show_products=show_products,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
