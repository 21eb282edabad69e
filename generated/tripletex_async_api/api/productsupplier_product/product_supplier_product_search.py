from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_supplier_product import ListResponseSupplierProduct
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    product_id: int | Unset = UNSET,
    resale_ids: str | Unset = UNSET,
    vendor_id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    product_group_id: str | Unset = UNSET,
    count: int | Unset = UNSET,
    fields: str | Unset = "id, name, number",
    target_currency_id: int | Unset = UNSET,
    from_: int | Unset = 0,
    sorting: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["productId"] = product_id

    params["resaleIds"] = resale_ids

    params["vendorId"] = vendor_id

    params["query"] = query

    params["isInactive"] = is_inactive

    params["productGroupId"] = product_group_id

    params["count"] = count

    params["fields"] = fields

    params["targetCurrencyId"] = target_currency_id

    params["from"] = from_

    params["sorting"] = sorting

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/product/supplierProduct",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseSupplierProduct | None:
    if response.status_code == 200:
        response_200 = ListResponseSupplierProduct.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseSupplierProduct]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    product_id: int | Unset = UNSET,
    resale_ids: str | Unset = UNSET,
    vendor_id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    product_group_id: str | Unset = UNSET,
    count: int | Unset = UNSET,
    fields: str | Unset = "id, name, number",
    target_currency_id: int | Unset = UNSET,
    from_: int | Unset = 0,
    sorting: str | Unset = "",
) -> Response[ListResponseSupplierProduct]:
    """Find products corresponding with sent data.

    Args:
        product_id (int | Unset):
        resale_ids (str | Unset):
        vendor_id (str | Unset):
        query (str | Unset):
        is_inactive (bool | Unset):
        product_group_id (str | Unset):
        count (int | Unset):
        fields (str | Unset):  Default: 'id, name, number'.
        target_currency_id (int | Unset):
        from_ (int | Unset):  Default: 0.
        sorting (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseSupplierProduct]
    """

    kwargs = _get_kwargs(
        product_id=product_id,
        resale_ids=resale_ids,
        vendor_id=vendor_id,
        query=query,
        is_inactive=is_inactive,
        product_group_id=product_group_id,
        count=count,
        fields=fields,
        target_currency_id=target_currency_id,
        from_=from_,
        sorting=sorting,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    product_id: int | Unset = UNSET,
    resale_ids: str | Unset = UNSET,
    vendor_id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    product_group_id: str | Unset = UNSET,
    count: int | Unset = UNSET,
    fields: str | Unset = "id, name, number",
    target_currency_id: int | Unset = UNSET,
    from_: int | Unset = 0,
    sorting: str | Unset = "",
) -> ListResponseSupplierProduct | None:
    """Find products corresponding with sent data.

    Args:
        product_id (int | Unset):
        resale_ids (str | Unset):
        vendor_id (str | Unset):
        query (str | Unset):
        is_inactive (bool | Unset):
        product_group_id (str | Unset):
        count (int | Unset):
        fields (str | Unset):  Default: 'id, name, number'.
        target_currency_id (int | Unset):
        from_ (int | Unset):  Default: 0.
        sorting (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseSupplierProduct
    """

    return (
        await asyncio_detailed(
            client=client,
            product_id=product_id,
            resale_ids=resale_ids,
            vendor_id=vendor_id,
            query=query,
            is_inactive=is_inactive,
            product_group_id=product_group_id,
            count=count,
            fields=fields,
            target_currency_id=target_currency_id,
            from_=from_,
            sorting=sorting,
        )
    ).parsed
