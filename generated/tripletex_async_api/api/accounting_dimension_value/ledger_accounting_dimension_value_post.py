from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accounting_dimension_value import AccountingDimensionValue
from ...models.response_wrapper_accounting_dimension_value import ResponseWrapperAccountingDimensionValue
from ...types import Response, request_body_serialization


def _get_kwargs(
    *,
    body: AccountingDimensionValue,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ledger/accountingDimensionValue",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperAccountingDimensionValue | None:
    if response.status_code == 201:
        response_201 = ResponseWrapperAccountingDimensionValue.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperAccountingDimensionValue]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AccountingDimensionValue,
) -> Response[ResponseWrapperAccountingDimensionValue]:
    """Create a new value for one of the free (aka 'user defined') accounting dimensions

    Args:
        body (AccountingDimensionValue): Free dimensions for the project connected to the order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperAccountingDimensionValue]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AccountingDimensionValue,
) -> ResponseWrapperAccountingDimensionValue | None:
    """Create a new value for one of the free (aka 'user defined') accounting dimensions

    Args:
        body (AccountingDimensionValue): Free dimensions for the project connected to the order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperAccountingDimensionValue
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
