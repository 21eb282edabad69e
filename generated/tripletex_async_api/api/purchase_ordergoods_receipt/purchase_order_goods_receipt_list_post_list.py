from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.goods_receipt import GoodsReceipt
from ...models.list_response_goods_receipt import ListResponseGoodsReceipt
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    *,
    body: list[GoodsReceipt],
    fields: str | Unset = "*",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/purchaseOrder/goodsReceipt/list",
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseGoodsReceipt | None:
    if response.status_code == 201:
        response_201 = ListResponseGoodsReceipt.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseGoodsReceipt]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: list[GoodsReceipt],
    fields: str | Unset = "*",
) -> Response[ListResponseGoodsReceipt]:
    """Register multiple goods receipts without an existing purchase order. Only available for Logistics
    Basic.

    Args:
        fields (str | Unset):  Default: '*'.
        body (list[GoodsReceipt]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseGoodsReceipt]
    """

    kwargs = _get_kwargs(
        body=body,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: list[GoodsReceipt],
    fields: str | Unset = "*",
) -> ListResponseGoodsReceipt | None:
    """Register multiple goods receipts without an existing purchase order. Only available for Logistics
    Basic.

    Args:
        fields (str | Unset):  Default: '*'.
        body (list[GoodsReceipt]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseGoodsReceipt
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            fields=fields,
        )
    ).parsed
