from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delivery_address import DeliveryAddress
from ...models.response_wrapper_delivery_address import ResponseWrapperDeliveryAddress
from ...types import Response, request_body_serialization


def _get_kwargs(
    id: int,
    *,
    body: DeliveryAddress,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/deliveryAddress/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperDeliveryAddress | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperDeliveryAddress.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperDeliveryAddress]:
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
    body: DeliveryAddress,
) -> Response[ResponseWrapperDeliveryAddress]:
    """Update address.

    Args:
        id (int):
        body (DeliveryAddress): Delivery address of this order. This can be a new or existing
            address
            (useful to know, especially if the delivery is to a private person: if
            'deliveryAddress.name' is set, we ignore the state of 'customer.id')

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperDeliveryAddress]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: DeliveryAddress,
) -> ResponseWrapperDeliveryAddress | None:
    """Update address.

    Args:
        id (int):
        body (DeliveryAddress): Delivery address of this order. This can be a new or existing
            address
            (useful to know, especially if the delivery is to a private person: if
            'deliveryAddress.name' is set, we ignore the state of 'customer.id')

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperDeliveryAddress
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
