from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_voucher import ResponseWrapperVoucher
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    version: int | Unset = UNSET,
    number: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["version"] = version

    params["number"] = number

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/ledger/voucher/{id}/:sendToLedger".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

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
    version: int | Unset = UNSET,
    number: int | Unset = 0,
) -> Response[ResponseWrapperVoucher]:
    """Send voucher to ledger.

    Args:
        id (int):
        version (int | Unset):
        number (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperVoucher]
    """

    kwargs = _get_kwargs(
        id=id,
        version=version,
        number=number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    version: int | Unset = UNSET,
    number: int | Unset = 0,
) -> ResponseWrapperVoucher | None:
    """Send voucher to ledger.

    Args:
        id (int):
        version (int | Unset):
        number (int | Unset):  Default: 0.

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
            version=version,
            number=number,
        )
    ).parsed
