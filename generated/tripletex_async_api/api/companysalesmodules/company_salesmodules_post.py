from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_sales_module import ResponseWrapperSalesModule
from ...models.sales_module import SalesModule
from ...types import Response, request_body_serialization


def _get_kwargs(
    *,
    body: SalesModule,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/salesmodules",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperSalesModule | None:
    if response.status_code == 201:
        response_201 = ResponseWrapperSalesModule.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperSalesModule]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SalesModule,
) -> Response[ResponseWrapperSalesModule]:
    """[BETA] Add (activate) a new sales module.

    Args:
        body (SalesModule): Sales modules (functionality in the application) to activate for the
            newly created account. Some modules have extra costs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperSalesModule]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SalesModule,
) -> ResponseWrapperSalesModule | None:
    """[BETA] Add (activate) a new sales module.

    Args:
        body (SalesModule): Sales modules (functionality in the application) to activate for the
            newly created account. Some modules have extra costs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperSalesModule
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
