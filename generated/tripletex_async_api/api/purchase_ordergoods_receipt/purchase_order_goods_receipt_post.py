from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.goods_receipt import GoodsReceipt
from ...models.response_wrapper_goods_receipt import ResponseWrapperGoodsReceipt
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    *,
    body: GoodsReceipt,
    fields: str | Unset = "*",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/purchaseOrder/goodsReceipt",
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperGoodsReceipt | None:
    if response.status_code == 201:
        response_201 = ResponseWrapperGoodsReceipt.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperGoodsReceipt]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GoodsReceipt,
    fields: str | Unset = "*",
) -> Response[ResponseWrapperGoodsReceipt]:
    """Register goods receipt without an existing purchase order. When registration of several goods
    receipt, use /list for better performance. Only available for Logistics Basic.

    Args:
        fields (str | Unset):  Default: '*'.
        body (GoodsReceipt):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperGoodsReceipt]
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
    body: GoodsReceipt,
    fields: str | Unset = "*",
) -> ResponseWrapperGoodsReceipt | None:
    """Register goods receipt without an existing purchase order. When registration of several goods
    receipt, use /list for better performance. Only available for Logistics Basic.

    Args:
        fields (str | Unset):  Default: '*'.
        body (GoodsReceipt):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperGoodsReceipt
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            fields=fields,
        )
    ).parsed
