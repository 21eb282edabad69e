from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accounting_dimension_name import AccountingDimensionName
from ...models.response_wrapper_accounting_dimension_name import ResponseWrapperAccountingDimensionName
from ...types import Response, request_body_serialization


def _get_kwargs(
    *,
    body: AccountingDimensionName,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ledger/accountingDimensionName",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperAccountingDimensionName | None:
    if response.status_code == 201:
        response_201 = ResponseWrapperAccountingDimensionName.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperAccountingDimensionName]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AccountingDimensionName,
) -> Response[ResponseWrapperAccountingDimensionName]:
    """Create a new free (aka 'user defined') accounting dimension

     Creates a new dimension, will be given the next unused dimension index, up to the maximum of 3 free
    dimensions

    Args:
        body (AccountingDimensionName):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperAccountingDimensionName]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AccountingDimensionName,
) -> ResponseWrapperAccountingDimensionName | None:
    """Create a new free (aka 'user defined') accounting dimension

     Creates a new dimension, will be given the next unused dimension index, up to the maximum of 3 free
    dimensions

    Args:
        body (AccountingDimensionName):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperAccountingDimensionName
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
