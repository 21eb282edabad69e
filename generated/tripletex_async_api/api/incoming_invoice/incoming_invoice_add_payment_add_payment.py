from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.incoming_invoice_payment_external_write import IncomingInvoicePaymentExternalWrite
from ...models.response_wrapper_incoming_invoice_payment_result import ResponseWrapperIncomingInvoicePaymentResult
from ...types import Response, request_body_serialization


def _get_kwargs(
    voucher_id: int,
    *,
    body: IncomingInvoicePaymentExternalWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/incomingInvoice/{voucher_id}/addPayment".format(
            voucher_id=quote(str(voucher_id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperIncomingInvoicePaymentResult | None:
    if response.status_code == 201:
        response_201 = ResponseWrapperIncomingInvoicePaymentResult.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperIncomingInvoicePaymentResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    voucher_id: int,
    *,
    client: AuthenticatedClient,
    body: IncomingInvoicePaymentExternalWrite,
) -> Response[ResponseWrapperIncomingInvoicePaymentResult]:
    """[BETA] create a payment for voucher/invoice

     Restricted API for pilot customers

    Args:
        voucher_id (int):
        body (IncomingInvoicePaymentExternalWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperIncomingInvoicePaymentResult]
    """

    kwargs = _get_kwargs(
        voucher_id=voucher_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    voucher_id: int,
    *,
    client: AuthenticatedClient,
    body: IncomingInvoicePaymentExternalWrite,
) -> ResponseWrapperIncomingInvoicePaymentResult | None:
    """[BETA] create a payment for voucher/invoice

     Restricted API for pilot customers

    Args:
        voucher_id (int):
        body (IncomingInvoicePaymentExternalWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperIncomingInvoicePaymentResult
    """

    return (
        await asyncio_detailed(
            voucher_id=voucher_id,
            client=client,
            body=body,
        )
    ).parsed
