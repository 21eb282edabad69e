from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_purchase_order import ResponseWrapperPurchaseOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    received_date: str,
    inventory_id: int | Unset = UNSET,
    fields: str | Unset = "*",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["receivedDate"] = received_date

    params["inventoryId"] = inventory_id

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/purchaseOrder/goodsReceipt/{id}/:receiveAndConfirm".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperPurchaseOrder | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperPurchaseOrder.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperPurchaseOrder]:
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
    received_date: str,
    inventory_id: int | Unset = UNSET,
    fields: str | Unset = "*",
) -> Response[ResponseWrapperPurchaseOrder]:
    """Receive all ordered products and approve goods receipt. Only available for Logistics Basic.

    Args:
        id (int):
        received_date (str):
        inventory_id (int | Unset):
        fields (str | Unset):  Default: '*'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperPurchaseOrder]
    """

    kwargs = _get_kwargs(
        id=id,
        received_date=received_date,
        inventory_id=inventory_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    received_date: str,
    inventory_id: int | Unset = UNSET,
    fields: str | Unset = "*",
) -> ResponseWrapperPurchaseOrder | None:
    """Receive all ordered products and approve goods receipt. Only available for Logistics Basic.

    Args:
        id (int):
        received_date (str):
        inventory_id (int | Unset):
        fields (str | Unset):  Default: '*'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperPurchaseOrder
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            received_date=received_date,
            inventory_id=inventory_id,
            fields=fields,
        )
    ).parsed
