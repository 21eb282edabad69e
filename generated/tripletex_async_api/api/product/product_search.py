from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_product import ListResponseProduct
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    number: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    product_number: list[str] | Unset = UNSET,
    name: str | Unset = UNSET,
    ean: str | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    is_stock_item: bool | Unset = UNSET,
    is_supplier_product: bool | Unset = UNSET,
    supplier_id: str | Unset = UNSET,
    currency_id: str | Unset = UNSET,
    vat_type_id: str | Unset = UNSET,
    product_unit_id: str | Unset = UNSET,
    department_id: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    cost_excluding_vat_currency_from: float | Unset = UNSET,
    cost_excluding_vat_currency_to: float | Unset = UNSET,
    price_excluding_vat_currency_from: float | Unset = UNSET,
    price_excluding_vat_currency_to: float | Unset = UNSET,
    price_including_vat_currency_from: float | Unset = UNSET,
    price_including_vat_currency_to: float | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["number"] = number

    params["ids"] = ids

    json_product_number: list[str] | Unset = UNSET
    if not isinstance(product_number, Unset):
        json_product_number = product_number

    params["productNumber"] = json_product_number

    params["name"] = name

    params["ean"] = ean

    params["isInactive"] = is_inactive

    params["isStockItem"] = is_stock_item

    params["isSupplierProduct"] = is_supplier_product

    params["supplierId"] = supplier_id

    params["currencyId"] = currency_id

    params["vatTypeId"] = vat_type_id

    params["productUnitId"] = product_unit_id

    params["departmentId"] = department_id

    params["accountId"] = account_id

    params["costExcludingVatCurrencyFrom"] = cost_excluding_vat_currency_from

    params["costExcludingVatCurrencyTo"] = cost_excluding_vat_currency_to

    params["priceExcludingVatCurrencyFrom"] = price_excluding_vat_currency_from

    params["priceExcludingVatCurrencyTo"] = price_excluding_vat_currency_to

    params["priceIncludingVatCurrencyFrom"] = price_including_vat_currency_from

    params["priceIncludingVatCurrencyTo"] = price_including_vat_currency_to

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/product",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListResponseProduct | None:
    if response.status_code == 200:
        response_200 = ListResponseProduct.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ListResponseProduct]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    number: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    product_number: list[str] | Unset = UNSET,
    name: str | Unset = UNSET,
    ean: str | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    is_stock_item: bool | Unset = UNSET,
    is_supplier_product: bool | Unset = UNSET,
    supplier_id: str | Unset = UNSET,
    currency_id: str | Unset = UNSET,
    vat_type_id: str | Unset = UNSET,
    product_unit_id: str | Unset = UNSET,
    department_id: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    cost_excluding_vat_currency_from: float | Unset = UNSET,
    cost_excluding_vat_currency_to: float | Unset = UNSET,
    price_excluding_vat_currency_from: float | Unset = UNSET,
    price_excluding_vat_currency_to: float | Unset = UNSET,
    price_including_vat_currency_from: float | Unset = UNSET,
    price_including_vat_currency_to: float | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseProduct]:
    """Find products corresponding with sent data.

    Args:
        number (str | Unset):
        ids (str | Unset):
        product_number (list[str] | Unset):
        name (str | Unset):
        ean (str | Unset):
        is_inactive (bool | Unset):
        is_stock_item (bool | Unset):
        is_supplier_product (bool | Unset):
        supplier_id (str | Unset):
        currency_id (str | Unset):
        vat_type_id (str | Unset):
        product_unit_id (str | Unset):
        department_id (str | Unset):
        account_id (str | Unset):
        cost_excluding_vat_currency_from (float | Unset):
        cost_excluding_vat_currency_to (float | Unset):
        price_excluding_vat_currency_from (float | Unset):
        price_excluding_vat_currency_to (float | Unset):
        price_including_vat_currency_from (float | Unset):
        price_including_vat_currency_to (float | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseProduct]
    """

    kwargs = _get_kwargs(
        number=number,
        ids=ids,
        product_number=product_number,
        name=name,
        ean=ean,
        is_inactive=is_inactive,
        is_stock_item=is_stock_item,
        is_supplier_product=is_supplier_product,
        supplier_id=supplier_id,
        currency_id=currency_id,
        vat_type_id=vat_type_id,
        product_unit_id=product_unit_id,
        department_id=department_id,
        account_id=account_id,
        cost_excluding_vat_currency_from=cost_excluding_vat_currency_from,
        cost_excluding_vat_currency_to=cost_excluding_vat_currency_to,
        price_excluding_vat_currency_from=price_excluding_vat_currency_from,
        price_excluding_vat_currency_to=price_excluding_vat_currency_to,
        price_including_vat_currency_from=price_including_vat_currency_from,
        price_including_vat_currency_to=price_including_vat_currency_to,
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
    number: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    product_number: list[str] | Unset = UNSET,
    name: str | Unset = UNSET,
    ean: str | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    is_stock_item: bool | Unset = UNSET,
    is_supplier_product: bool | Unset = UNSET,
    supplier_id: str | Unset = UNSET,
    currency_id: str | Unset = UNSET,
    vat_type_id: str | Unset = UNSET,
    product_unit_id: str | Unset = UNSET,
    department_id: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    cost_excluding_vat_currency_from: float | Unset = UNSET,
    cost_excluding_vat_currency_to: float | Unset = UNSET,
    price_excluding_vat_currency_from: float | Unset = UNSET,
    price_excluding_vat_currency_to: float | Unset = UNSET,
    price_including_vat_currency_from: float | Unset = UNSET,
    price_including_vat_currency_to: float | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseProduct | None:
    """Find products corresponding with sent data.

    Args:
        number (str | Unset):
        ids (str | Unset):
        product_number (list[str] | Unset):
        name (str | Unset):
        ean (str | Unset):
        is_inactive (bool | Unset):
        is_stock_item (bool | Unset):
        is_supplier_product (bool | Unset):
        supplier_id (str | Unset):
        currency_id (str | Unset):
        vat_type_id (str | Unset):
        product_unit_id (str | Unset):
        department_id (str | Unset):
        account_id (str | Unset):
        cost_excluding_vat_currency_from (float | Unset):
        cost_excluding_vat_currency_to (float | Unset):
        price_excluding_vat_currency_from (float | Unset):
        price_excluding_vat_currency_to (float | Unset):
        price_including_vat_currency_from (float | Unset):
        price_including_vat_currency_to (float | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseProduct
    """

    return (
        await asyncio_detailed(
            client=client,
            number=number,
            ids=ids,
            product_number=product_number,
            name=name,
            ean=ean,
            is_inactive=is_inactive,
            is_stock_item=is_stock_item,
            is_supplier_product=is_supplier_product,
            supplier_id=supplier_id,
            currency_id=currency_id,
            vat_type_id=vat_type_id,
            product_unit_id=product_unit_id,
            department_id=department_id,
            account_id=account_id,
            cost_excluding_vat_currency_from=cost_excluding_vat_currency_from,
            cost_excluding_vat_currency_to=cost_excluding_vat_currency_to,
            price_excluding_vat_currency_from=price_excluding_vat_currency_from,
            price_excluding_vat_currency_to=price_excluding_vat_currency_to,
            price_including_vat_currency_from=price_including_vat_currency_from,
            price_including_vat_currency_to=price_including_vat_currency_to,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
