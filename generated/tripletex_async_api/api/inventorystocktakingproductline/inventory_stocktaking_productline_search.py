from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.inventory_stocktaking_productline_search_product_line_status import (
    InventoryStocktakingProductlineSearchProductLineStatus,
)
from ...models.list_response_product_line import ListResponseProductLine
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    stocktaking_id: int,
    query: str | Unset = UNSET,
    product_group_ids: str | Unset = UNSET,
    location_ids: str | Unset = UNSET,
    product_line_status: InventoryStocktakingProductlineSearchProductLineStatus
    | Unset = InventoryStocktakingProductlineSearchProductLineStatus.ALL_PRODUCTS,
    count: int | Unset = 10000,
    from_: int | Unset = 0,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["stocktakingId"] = stocktaking_id

    params["query"] = query

    params["productGroupIds"] = product_group_ids

    params["locationIds"] = location_ids

    json_product_line_status: str | Unset = UNSET
    if not isinstance(product_line_status, Unset):
        json_product_line_status = product_line_status.value

    params["productLineStatus"] = json_product_line_status

    params["count"] = count

    params["from"] = from_

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inventory/stocktaking/productline",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseProductLine | None:
    if response.status_code == 200:
        response_200 = ListResponseProductLine.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseProductLine]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    stocktaking_id: int,
    query: str | Unset = UNSET,
    product_group_ids: str | Unset = UNSET,
    location_ids: str | Unset = UNSET,
    product_line_status: InventoryStocktakingProductlineSearchProductLineStatus
    | Unset = InventoryStocktakingProductlineSearchProductLineStatus.ALL_PRODUCTS,
    count: int | Unset = 10000,
    from_: int | Unset = 0,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseProductLine]:
    """Find all order lines by stocktaking ID.

    Args:
        stocktaking_id (int):
        query (str | Unset):
        product_group_ids (str | Unset):
        location_ids (str | Unset):
        product_line_status (InventoryStocktakingProductlineSearchProductLineStatus | Unset):
            Default: InventoryStocktakingProductlineSearchProductLineStatus.ALL_PRODUCTS.
        count (int | Unset):  Default: 10000.
        from_ (int | Unset):  Default: 0.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseProductLine]
    """

    kwargs = _get_kwargs(
        stocktaking_id=stocktaking_id,
        query=query,
        product_group_ids=product_group_ids,
        location_ids=location_ids,
        product_line_status=product_line_status,
        count=count,
        from_=from_,
        sorting=sorting,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    stocktaking_id: int,
    query: str | Unset = UNSET,
    product_group_ids: str | Unset = UNSET,
    location_ids: str | Unset = UNSET,
    product_line_status: InventoryStocktakingProductlineSearchProductLineStatus
    | Unset = InventoryStocktakingProductlineSearchProductLineStatus.ALL_PRODUCTS,
    count: int | Unset = 10000,
    from_: int | Unset = 0,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseProductLine | None:
    """Find all order lines by stocktaking ID.

    Args:
        stocktaking_id (int):
        query (str | Unset):
        product_group_ids (str | Unset):
        location_ids (str | Unset):
        product_line_status (InventoryStocktakingProductlineSearchProductLineStatus | Unset):
            Default: InventoryStocktakingProductlineSearchProductLineStatus.ALL_PRODUCTS.
        count (int | Unset):  Default: 10000.
        from_ (int | Unset):  Default: 0.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseProductLine
    """

    return (
        await asyncio_detailed(
            client=client,
            stocktaking_id=stocktaking_id,
            query=query,
            product_group_ids=product_group_ids,
            location_ids=location_ids,
            product_line_status=product_line_status,
            count=count,
            from_=from_,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
