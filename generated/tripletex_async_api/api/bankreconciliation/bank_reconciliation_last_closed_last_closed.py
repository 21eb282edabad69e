from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_bank_reconciliation import ResponseWrapperBankReconciliation
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    account_id: int,
    after: str | Unset = UNSET,
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["accountId"] = account_id

    params["after"] = after

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/bank/reconciliation/>lastClosed",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperBankReconciliation | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperBankReconciliation.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperBankReconciliation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    account_id: int,
    after: str | Unset = UNSET,
    fields: str | Unset = "",
) -> Response[ResponseWrapperBankReconciliation]:
    """Get last closed reconciliation by account ID.

    Args:
        account_id (int):
        after (str | Unset):
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperBankReconciliation]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        after=after,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    account_id: int,
    after: str | Unset = UNSET,
    fields: str | Unset = "",
) -> ResponseWrapperBankReconciliation | None:
    """Get last closed reconciliation by account ID.

    Args:
        account_id (int):
        after (str | Unset):
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperBankReconciliation
    """

    return (
        await asyncio_detailed(
            client=client,
            account_id=account_id,
            after=after,
            fields=fields,
        )
    ).parsed
