"""`GET /product` (Product_search): `tx.product.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_product import ListResponseProduct
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
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
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /product`; only the arguments passed are sent."""

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

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/product",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseProduct | None:
    """The answer as `ListResponseProduct`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseProduct.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Product_search",
    group="product",
    name="search",
    method="GET",
    path="/product",
    summary="Find products corresponding with sent data.",
    parameters=(
        Param("number", "number", "query", False),
        Param("ids", "ids", "query", False),
        Param("productNumber", "product_number", "query", False),
        Param("name", "name", "query", False),
        Param("ean", "ean", "query", False),
        Param("isInactive", "is_inactive", "query", False),
        Param("isStockItem", "is_stock_item", "query", False),
        Param("isSupplierProduct", "is_supplier_product", "query", False),
        Param("supplierId", "supplier_id", "query", False),
        Param("currencyId", "currency_id", "query", False),
        Param("vatTypeId", "vat_type_id", "query", False),
        Param("productUnitId", "product_unit_id", "query", False),
        Param("departmentId", "department_id", "query", False),
        Param("accountId", "account_id", "query", False),
        Param("costExcludingVatCurrencyFrom", "cost_excluding_vat_currency_from", "query", False),
        Param("costExcludingVatCurrencyTo", "cost_excluding_vat_currency_to", "query", False),
        Param("priceExcludingVatCurrencyFrom", "price_excluding_vat_currency_from", "query", False),
        Param("priceExcludingVatCurrencyTo", "price_excluding_vat_currency_to", "query", False),
        Param("priceIncludingVatCurrencyFrom", "price_including_vat_currency_from", "query", False),
        Param("priceIncludingVatCurrencyTo", "price_including_vat_currency_to", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseProduct"),),
    deprecated=False,
    build=build,
    parse=parse,
)
