from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.purchase_order_send_send_send_type import PurchaseOrderSendSendSendType
from ...models.response_wrapper_purchase_order import ResponseWrapperPurchaseOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    send_type: PurchaseOrderSendSendSendType | Unset = PurchaseOrderSendSendSendType.DEFAULT,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_send_type: str | Unset = UNSET
    if not isinstance(send_type, Unset):
        json_send_type = send_type.value

    params["sendType"] = json_send_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/purchaseOrder/{id}/:send".format(
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
    send_type: PurchaseOrderSendSendSendType | Unset = PurchaseOrderSendSendSendType.DEFAULT,
) -> Response[ResponseWrapperPurchaseOrder]:
    """Send purchase order by ID and sendType. Only available for Logistics Basic.

    Args:
        id (int):
        send_type (PurchaseOrderSendSendSendType | Unset):  Default:
            PurchaseOrderSendSendSendType.DEFAULT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperPurchaseOrder]
    """

    kwargs = _get_kwargs(
        id=id,
        send_type=send_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    send_type: PurchaseOrderSendSendSendType | Unset = PurchaseOrderSendSendSendType.DEFAULT,
) -> ResponseWrapperPurchaseOrder | None:
    """Send purchase order by ID and sendType. Only available for Logistics Basic.

    Args:
        id (int):
        send_type (PurchaseOrderSendSendSendType | Unset):  Default:
            PurchaseOrderSendSendSendType.DEFAULT.

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
            send_type=send_type,
        )
    ).parsed
