from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.inventory_stocktaking_post_type_of_stocktaking import InventoryStocktakingPostTypeOfStocktaking
from ...models.response_wrapper_stocktaking import ResponseWrapperStocktaking
from ...models.stocktaking import Stocktaking
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    *,
    body: Stocktaking,
    type_of_stocktaking: InventoryStocktakingPostTypeOfStocktaking | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_type_of_stocktaking: str | Unset = UNSET
    if not isinstance(type_of_stocktaking, Unset):
        json_type_of_stocktaking = type_of_stocktaking.value

    params["typeOfStocktaking"] = json_type_of_stocktaking

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/inventory/stocktaking",
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperStocktaking | None:
    if response.status_code == 201:
        response_201 = ResponseWrapperStocktaking.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperStocktaking]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Stocktaking,
    type_of_stocktaking: InventoryStocktakingPostTypeOfStocktaking | Unset = UNSET,
) -> Response[ResponseWrapperStocktaking]:
    """Create new stocktaking.

    Args:
        type_of_stocktaking (InventoryStocktakingPostTypeOfStocktaking | Unset):
        body (Stocktaking):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperStocktaking]
    """

    kwargs = _get_kwargs(
        body=body,
        type_of_stocktaking=type_of_stocktaking,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Stocktaking,
    type_of_stocktaking: InventoryStocktakingPostTypeOfStocktaking | Unset = UNSET,
) -> ResponseWrapperStocktaking | None:
    """Create new stocktaking.

    Args:
        type_of_stocktaking (InventoryStocktakingPostTypeOfStocktaking | Unset):
        body (Stocktaking):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperStocktaking
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            type_of_stocktaking=type_of_stocktaking,
        )
    ).parsed
