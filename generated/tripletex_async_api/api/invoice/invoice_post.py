from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.invoice import Invoice
from ...models.response_wrapper_invoice import ResponseWrapperInvoice
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    *,
    body: Invoice,
    send_to_customer: bool | Unset = True,
    payment_type_id: int | Unset = UNSET,
    paid_amount: float | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["sendToCustomer"] = send_to_customer

    params["paymentTypeId"] = payment_type_id

    params["paidAmount"] = paid_amount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoice",
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResponseWrapperInvoice | None:
    if response.status_code == 201:
        response_201 = ResponseWrapperInvoice.from_dict(response.json())

        return response_201

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
    body: Invoice,
    send_to_customer: bool | Unset = True,
    payment_type_id: int | Unset = UNSET,
    paid_amount: float | Unset = UNSET,
) -> Response[ResponseWrapperInvoice]:
    """Create invoice. Related Order and OrderLines can be created first, or included as new objects inside
    the Invoice.

    Args:
        send_to_customer (bool | Unset):  Default: True.
        payment_type_id (int | Unset):
        paid_amount (float | Unset):
        body (Invoice): Invoicing plans tied to the project

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperInvoice]
    """

    kwargs = _get_kwargs(
        body=body,
        send_to_customer=send_to_customer,
        payment_type_id=payment_type_id,
        paid_amount=paid_amount,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Invoice,
    send_to_customer: bool | Unset = True,
    payment_type_id: int | Unset = UNSET,
    paid_amount: float | Unset = UNSET,
) -> ResponseWrapperInvoice | None:
    """Create invoice. Related Order and OrderLines can be created first, or included as new objects inside
    the Invoice.

    Args:
        send_to_customer (bool | Unset):  Default: True.
        payment_type_id (int | Unset):
        paid_amount (float | Unset):
        body (Invoice): Invoicing plans tied to the project

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperInvoice
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            send_to_customer=send_to_customer,
            payment_type_id=payment_type_id,
            paid_amount=paid_amount,
        )
    ).parsed
