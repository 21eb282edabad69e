from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_goods_receipt import ResponseWrapperGoodsReceipt
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    registration_date: str,
    inventory_id: int | Unset = UNSET,
    comment: str | Unset = UNSET,
    fields: str | Unset = "*",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["registrationDate"] = registration_date

    params["inventoryId"] = inventory_id

    params["comment"] = comment

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/purchaseOrder/goodsReceipt/{id}/:registerGoodsReceipt".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperGoodsReceipt | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperGoodsReceipt.from_dict(response.json())

        return response_200

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
    id: int,
    *,
    client: AuthenticatedClient,
    registration_date: str,
    inventory_id: int | Unset = UNSET,
    comment: str | Unset = UNSET,
    fields: str | Unset = "*",
) -> Response[ResponseWrapperGoodsReceipt]:
    """Register goods receipt. Quantity received on the products is set to the same as quantity ordered. To
    update the quantity received, use PUT /purchaseOrder/goodsReceiptLine/{id}. Only available for
    Logistics Basic.

    Args:
        id (int):
        registration_date (str):
        inventory_id (int | Unset):
        comment (str | Unset):
        fields (str | Unset):  Default: '*'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperGoodsReceipt]
    """

    kwargs = _get_kwargs(
        id=id,
        registration_date=registration_date,
        inventory_id=inventory_id,
        comment=comment,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    registration_date: str,
    inventory_id: int | Unset = UNSET,
    comment: str | Unset = UNSET,
    fields: str | Unset = "*",
) -> ResponseWrapperGoodsReceipt | None:
    """Register goods receipt. Quantity received on the products is set to the same as quantity ordered. To
    update the quantity received, use PUT /purchaseOrder/goodsReceiptLine/{id}. Only available for
    Logistics Basic.

    Args:
        id (int):
        registration_date (str):
        inventory_id (int | Unset):
        comment (str | Unset):
        fields (str | Unset):  Default: '*'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperGoodsReceipt
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            registration_date=registration_date,
            inventory_id=inventory_id,
            comment=comment,
            fields=fields,
        )
    ).parsed
