from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_order_line import ResponseWrapperOrderLine
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    inventory_id: int | Unset = UNSET,
    inventory_location_id: int | Unset = UNSET,
    pick_date: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["inventoryId"] = inventory_id

    params["inventoryLocationId"] = inventory_location_id

    params["pickDate"] = pick_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/order/orderline/{id}/:pickLine".format(
            id=quote(str(id), safe=""),
        ),
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
    id: int,
    *,
    client: AuthenticatedClient,
    inventory_id: int | Unset = UNSET,
    inventory_location_id: int | Unset = UNSET,
    pick_date: str | Unset = UNSET,
) -> Response[ResponseWrapperOrderLine]:
    """[BETA] Pick order line. This is only available for customers who have Logistics and who activated
    the available inventory functionality.

    Args:
        id (int):
        inventory_id (int | Unset):
        inventory_location_id (int | Unset):
        pick_date (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperOrderLine]
    """

    kwargs = _get_kwargs(
        id=id,
        inventory_id=inventory_id,
        inventory_location_id=inventory_location_id,
        pick_date=pick_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    inventory_id: int | Unset = UNSET,
    inventory_location_id: int | Unset = UNSET,
    pick_date: str | Unset = UNSET,
) -> ResponseWrapperOrderLine | None:
    """[BETA] Pick order line. This is only available for customers who have Logistics and who activated
    the available inventory functionality.

    Args:
        id (int):
        inventory_id (int | Unset):
        inventory_location_id (int | Unset):
        pick_date (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperOrderLine
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            inventory_id=inventory_id,
            inventory_location_id=inventory_location_id,
            pick_date=pick_date,
        )
    ).parsed
