from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_voucher import ResponseWrapperVoucher
from ...models.voucher import Voucher
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    id: int,
    *,
    body: Voucher,
    send_to_ledger: bool | Unset = True,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["sendToLedger"] = send_to_ledger

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/ledger/voucher/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResponseWrapperVoucher | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperVoucher.from_dict(response.json())

        return response_200

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
    id: int,
    *,
    client: AuthenticatedClient,
    body: Voucher,
    send_to_ledger: bool | Unset = True,
) -> Response[ResponseWrapperVoucher]:
    """Update voucher. Postings with guiRow==0 will be deleted and regenerated.

    Args:
        id (int):
        send_to_ledger (bool | Unset):  Default: True.
        body (Voucher):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperVoucher]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        send_to_ledger=send_to_ledger,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: Voucher,
    send_to_ledger: bool | Unset = True,
) -> ResponseWrapperVoucher | None:
    """Update voucher. Postings with guiRow==0 will be deleted and regenerated.

    Args:
        id (int):
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
            id=id,
            client=client,
            body=body,
            send_to_ledger=send_to_ledger,
        )
    ).parsed
