from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.incoming_invoice_aggregate_external_write import IncomingInvoiceAggregateExternalWrite
from ...models.response_wrapper_incoming_invoice_save_result import ResponseWrapperIncomingInvoiceSaveResult
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    *,
    body: IncomingInvoiceAggregateExternalWrite,
    send_to: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["sendTo"] = send_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/incomingInvoice",
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperIncomingInvoiceSaveResult | None:
    if response.status_code == 201:
        response_201 = ResponseWrapperIncomingInvoiceSaveResult.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperIncomingInvoiceSaveResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: IncomingInvoiceAggregateExternalWrite,
    send_to: str | Unset = UNSET,
) -> Response[ResponseWrapperIncomingInvoiceSaveResult]:
    """[BETA] create an invoice

     Restricted API for pilot customers

    Args:
        send_to (str | Unset):
        body (IncomingInvoiceAggregateExternalWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperIncomingInvoiceSaveResult]
    """

    kwargs = _get_kwargs(
        body=body,
        send_to=send_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: IncomingInvoiceAggregateExternalWrite,
    send_to: str | Unset = UNSET,
) -> ResponseWrapperIncomingInvoiceSaveResult | None:
    """[BETA] create an invoice

     Restricted API for pilot customers

    Args:
        send_to (str | Unset):
        body (IncomingInvoiceAggregateExternalWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperIncomingInvoiceSaveResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            send_to=send_to,
        )
    ).parsed
