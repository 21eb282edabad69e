"""`GET /product/supplierProduct` (ProductSupplierProduct_search): `tx.product_supplier_product.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_supplier_product import ListResponseSupplierProduct
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    product_id: int | Unset = UNSET,
    resale_ids: str | Unset = UNSET,
    vendor_id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    product_group_id: str | Unset = UNSET,
    count: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    target_currency_id: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /product/supplierProduct`; only the arguments passed are sent."""

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

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/product/supplierProduct",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseSupplierProduct | None:
    """The answer as `ListResponseSupplierProduct`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseSupplierProduct.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProductSupplierProduct_search",
    group="product_supplier_product",
    name="search",
    method="GET",
    path="/product/supplierProduct",
    summary="Find products corresponding with sent data.",
    parameters=(
        Param("productId", "product_id", "query", False),
        Param("resaleIds", "resale_ids", "query", False),
        Param("vendorId", "vendor_id", "query", False),
        Param("query", "query", "query", False),
        Param("isInactive", "is_inactive", "query", False),
        Param("productGroupId", "product_group_id", "query", False),
        Param("count", "count", "query", False),
        Param("fields", "fields", "query", False, "id, name, number"),
        Param("targetCurrencyId", "target_currency_id", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("sorting", "sorting", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseSupplierProduct"),),
    deprecated=False,
    build=build,
    parse=parse,
)
