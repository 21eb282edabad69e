from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.incoming_invoice_aggregate_external_write import IncomingInvoiceAggregateExternalWrite
from ...models.response_wrapper_incoming_invoice_save_result import ResponseWrapperIncomingInvoiceSaveResult
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    voucher_id: int,
    *,
    body: IncomingInvoiceAggregateExternalWrite,
    send_to: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["sendTo"] = send_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/incomingInvoice/{voucher_id}".format(
            voucher_id=quote(str(voucher_id), safe=""),
        ),
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
    if response.status_code == 200:
        response_200 = ResponseWrapperIncomingInvoiceSaveResult.from_dict(response.json())

        return response_200

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
    voucher_id: int,
    *,
    client: AuthenticatedClient,
    body: IncomingInvoiceAggregateExternalWrite,
    send_to: str | Unset = UNSET,
) -> Response[ResponseWrapperIncomingInvoiceSaveResult]:
    """[BETA] update an invoice by voucherId

     Restricted API for pilot customers

    Args:
        voucher_id (int):
        send_to (str | Unset):
        body (IncomingInvoiceAggregateExternalWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperIncomingInvoiceSaveResult]
    """

    kwargs = _get_kwargs(
        voucher_id=voucher_id,
        body=body,
        send_to=send_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    voucher_id: int,
    *,
    client: AuthenticatedClient,
    body: IncomingInvoiceAggregateExternalWrite,
    send_to: str | Unset = UNSET,
) -> ResponseWrapperIncomingInvoiceSaveResult | None:
    """[BETA] update an invoice by voucherId

     Restricted API for pilot customers

    Args:
        voucher_id (int):
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
            voucher_id=voucher_id,
            client=client,
            body=body,
            send_to=send_to,
        )
    ).parsed
