from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_invoice import ResponseWrapperInvoice
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str,
    invoice_date: str,
    send_to_customer: bool | Unset = True,
    create_backorders: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["invoiceDate"] = invoice_date

    params["sendToCustomer"] = send_to_customer

    params["createBackorders"] = create_backorders

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/order/:invoiceMultipleOrders",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResponseWrapperInvoice | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperInvoice.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperInvoice]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id: str,
    invoice_date: str,
    send_to_customer: bool | Unset = True,
    create_backorders: bool | Unset = False,
) -> Response[ResponseWrapperInvoice]:
    """[BETA] Charges a single customer invoice from multiple orders. The orders must be to the same
    customer, currency, due date, receiver email, attn. and smsNotificationNumber

    Args:
        id (str):
        invoice_date (str):
        send_to_customer (bool | Unset):  Default: True.
        create_backorders (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperInvoice]
    """

    kwargs = _get_kwargs(
        id=id,
        invoice_date=invoice_date,
        send_to_customer=send_to_customer,
        create_backorders=create_backorders,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id: str,
    invoice_date: str,
    send_to_customer: bool | Unset = True,
    create_backorders: bool | Unset = False,
) -> ResponseWrapperInvoice | None:
    """[BETA] Charges a single customer invoice from multiple orders. The orders must be to the same
    customer, currency, due date, receiver email, attn. and smsNotificationNumber

    Args:
        id (str):
        invoice_date (str):
        send_to_customer (bool | Unset):  Default: True.
        create_backorders (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperInvoice
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            invoice_date=invoice_date,
            send_to_customer=send_to_customer,
            create_backorders=create_backorders,
        )
    ).parsed
