from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_voucher import ResponseWrapperVoucher
from ...models.voucher import Voucher
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    *,
    body: Voucher,
    send_to_ledger: bool | Unset = True,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["sendToLedger"] = send_to_ledger

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ledger/voucher",
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResponseWrapperVoucher | None:
    if response.status_code == 201:
        response_201 = ResponseWrapperVoucher.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperVoucher]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Voucher,
    send_to_ledger: bool | Unset = True,
) -> Response[ResponseWrapperVoucher]:
    """Add new voucher. IMPORTANT: Also creates postings. Only the gross amounts will be used. Amounts
    should be rounded to 2 decimals.

    Args:
        send_to_ledger (bool | Unset):  Default: True.
        body (Voucher):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperVoucher]
    """

    kwargs = _get_kwargs(
        body=body,
        send_to_ledger=send_to_ledger,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Voucher,
    send_to_ledger: bool | Unset = True,
) -> ResponseWrapperVoucher | None:
    """Add new voucher. IMPORTANT: Also creates postings. Only the gross amounts will be used. Amounts
    should be rounded to 2 decimals.

    Args:
        send_to_ledger (bool | Unset):  Default: True.
        body (Voucher):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperVoucher
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            send_to_ledger=send_to_ledger,
        )
    ).parsed
