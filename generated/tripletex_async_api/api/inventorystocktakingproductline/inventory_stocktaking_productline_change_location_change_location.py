from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_product_line import ResponseWrapperProductLine
from ...types import UNSET, Response


def _get_kwargs(
    id: int,
    *,
    warehouse_location_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["warehouseLocationId"] = warehouse_location_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/inventory/stocktaking/productline/{id}/:changeLocation".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperProductLine | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperProductLine.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperProductLine]:
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
    warehouse_location_id: int,
) -> Response[ResponseWrapperProductLine]:
    """[Beta] Change location on order line.

    Args:
        id (int):
        warehouse_location_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperProductLine]
    """

    kwargs = _get_kwargs(
        id=id,
        warehouse_location_id=warehouse_location_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    warehouse_location_id: int,
) -> ResponseWrapperProductLine | None:
    """[Beta] Change location on order line.

    Args:
        id (int):
        warehouse_location_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperProductLine
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            warehouse_location_id=warehouse_location_id,
        )
    ).parsed
