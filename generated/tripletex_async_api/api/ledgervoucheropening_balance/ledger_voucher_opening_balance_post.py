from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.opening_balance import OpeningBalance
from ...models.response_wrapper_voucher import ResponseWrapperVoucher
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    *,
    body: OpeningBalance,
    fields: str | Unset = "*",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ledger/voucher/openingBalance",
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
    body: OpeningBalance,
    fields: str | Unset = "*",
) -> Response[ResponseWrapperVoucher]:
    """[BETA] Add an opening balance on the given date.  All movements before this date will be 'zeroed
    out' in a separate correction voucher. The opening balance must have the first day of a month as the
    date, and it's also recommended to have the first day of the year as the date. If the postings
    provided don't balance the voucher, the difference will automatically be posted to a help account

    Args:
        fields (str | Unset):  Default: '*'.
        body (OpeningBalance):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperVoucher]
    """

    kwargs = _get_kwargs(
        body=body,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: OpeningBalance,
    fields: str | Unset = "*",
) -> ResponseWrapperVoucher | None:
    """[BETA] Add an opening balance on the given date.  All movements before this date will be 'zeroed
    out' in a separate correction voucher. The opening balance must have the first day of a month as the
    date, and it's also recommended to have the first day of the year as the date. If the postings
    provided don't balance the voucher, the difference will automatically be posted to a help account

    Args:
        fields (str | Unset):  Default: '*'.
        body (OpeningBalance):

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
            fields=fields,
        )
    ).parsed
