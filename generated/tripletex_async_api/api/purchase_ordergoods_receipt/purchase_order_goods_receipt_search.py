from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_goods_receipt import ListResponseGoodsReceipt
from ...models.purchase_order_goods_receipt_search_status import PurchaseOrderGoodsReceiptSearchStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    received_date_from: str | Unset = UNSET,
    received_date_to: str | Unset = UNSET,
    status: PurchaseOrderGoodsReceiptSearchStatus | Unset = UNSET,
    without_purchase: bool | Unset = False,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["receivedDateFrom"] = received_date_from

    params["receivedDateTo"] = received_date_to

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["withoutPurchase"] = without_purchase

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/purchaseOrder/goodsReceipt",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseGoodsReceipt | None:
    if response.status_code == 200:
        response_200 = ListResponseGoodsReceipt.from_dict(response.json())

        return response_200

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
    received_date_from: str | Unset = UNSET,
    received_date_to: str | Unset = UNSET,
    status: PurchaseOrderGoodsReceiptSearchStatus | Unset = UNSET,
    without_purchase: bool | Unset = False,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseGoodsReceipt]:
    """Get goods receipt. Only available for Logistics Basic.

    Args:
        received_date_from (str | Unset):
        received_date_to (str | Unset):
        status (PurchaseOrderGoodsReceiptSearchStatus | Unset):
        without_purchase (bool | Unset):  Default: False.
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseGoodsReceipt]
    """

    kwargs = _get_kwargs(
        received_date_from=received_date_from,
        received_date_to=received_date_to,
        status=status,
        without_purchase=without_purchase,
        from_=from_,
        count=count,
        sorting=sorting,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    received_date_from: str | Unset = UNSET,
    received_date_to: str | Unset = UNSET,
    status: PurchaseOrderGoodsReceiptSearchStatus | Unset = UNSET,
    without_purchase: bool | Unset = False,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseGoodsReceipt | None:
    """Get goods receipt. Only available for Logistics Basic.

    Args:
        received_date_from (str | Unset):
        received_date_to (str | Unset):
        status (PurchaseOrderGoodsReceiptSearchStatus | Unset):
        without_purchase (bool | Unset):  Default: False.
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseGoodsReceipt
    """

    return (
        await asyncio_detailed(
            client=client,
            received_date_from=received_date_from,
            received_date_to=received_date_to,
            status=status,
            without_purchase=without_purchase,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
