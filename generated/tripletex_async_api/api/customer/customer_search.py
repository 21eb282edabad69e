from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_customer import ListResponseCustomer
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    customer_account_number: str | Unset = UNSET,
    organization_number: str | Unset = UNSET,
    email: str | Unset = UNSET,
    invoice_email: str | Unset = UNSET,
    customer_name: str | Unset = UNSET,
    phone_number_mobile: str | Unset = UNSET,
    is_inactive: bool | Unset = False,
    account_manager_id: str | Unset = UNSET,
    changed_since: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["customerAccountNumber"] = customer_account_number

    params["organizationNumber"] = organization_number

    params["email"] = email

    params["invoiceEmail"] = invoice_email

    params["customerName"] = customer_name

    params["phoneNumberMobile"] = phone_number_mobile

    params["isInactive"] = is_inactive

    params["accountManagerId"] = account_manager_id

    params["changedSince"] = changed_since

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customer",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListResponseCustomer | None:
    if response.status_code == 200:
        response_200 = ListResponseCustomer.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseCustomer]:
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
    customer_account_number: str | Unset = UNSET,
    organization_number: str | Unset = UNSET,
    email: str | Unset = UNSET,
    invoice_email: str | Unset = UNSET,
    customer_name: str | Unset = UNSET,
    phone_number_mobile: str | Unset = UNSET,
    is_inactive: bool | Unset = False,
    account_manager_id: str | Unset = UNSET,
    changed_since: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseCustomer]:
    """Find customers corresponding with sent data.

    Args:
        id (str | Unset):
        customer_account_number (str | Unset):
        organization_number (str | Unset):
        email (str | Unset):
        invoice_email (str | Unset):
        customer_name (str | Unset):
        phone_number_mobile (str | Unset):
        is_inactive (bool | Unset):  Default: False.
        account_manager_id (str | Unset):
        changed_since (str | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseCustomer]
    """

    kwargs = _get_kwargs(
        id=id,
        customer_account_number=customer_account_number,
        organization_number=organization_number,
        email=email,
        invoice_email=invoice_email,
        customer_name=customer_name,
        phone_number_mobile=phone_number_mobile,
        is_inactive=is_inactive,
        account_manager_id=account_manager_id,
        changed_since=changed_since,
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
    customer_account_number: str | Unset = UNSET,
    organization_number: str | Unset = UNSET,
    email: str | Unset = UNSET,
    invoice_email: str | Unset = UNSET,
    customer_name: str | Unset = UNSET,
    phone_number_mobile: str | Unset = UNSET,
    is_inactive: bool | Unset = False,
    account_manager_id: str | Unset = UNSET,
    changed_since: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseCustomer | None:
    """Find customers corresponding with sent data.

    Args:
        id (str | Unset):
        customer_account_number (str | Unset):
        organization_number (str | Unset):
        email (str | Unset):
        invoice_email (str | Unset):
        customer_name (str | Unset):
        phone_number_mobile (str | Unset):
        is_inactive (bool | Unset):  Default: False.
        account_manager_id (str | Unset):
        changed_since (str | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseCustomer
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            customer_account_number=customer_account_number,
            organization_number=organization_number,
            email=email,
            invoice_email=invoice_email,
            customer_name=customer_name,
            phone_number_mobile=phone_number_mobile,
            is_inactive=is_inactive,
            account_manager_id=account_manager_id,
            changed_since=changed_since,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
