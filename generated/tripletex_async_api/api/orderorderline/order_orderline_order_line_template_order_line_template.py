from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_order_line import ResponseWrapperOrderLine
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    order_id: int,
    product_id: int,
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["orderId"] = order_id

    params["productId"] = product_id

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/order/orderline/orderLineTemplate",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperOrderLine | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperOrderLine.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperOrderLine]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    order_id: int,
    product_id: int,
    fields: str | Unset = "",
) -> Response[ResponseWrapperOrderLine]:
    """[BETA] Get order line template from order and product

    Args:
        order_id (int):
        product_id (int):
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperOrderLine]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        product_id=product_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    order_id: int,
    product_id: int,
    fields: str | Unset = "",
) -> ResponseWrapperOrderLine | None:
    """[BETA] Get order line template from order and product

    Args:
        order_id (int):
        product_id (int):
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperOrderLine
    """

    return (
        await asyncio_detailed(
            client=client,
            order_id=order_id,
            product_id=product_id,
            fields=fields,
        )
    ).parsed
