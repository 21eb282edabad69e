"""`POST /product/supplierProduct/getSupplierProductsByIds` (ProductSupplierProductGetSupplierProductsByIds_getSupplierProductsByIds): `tx.product_supplier_product.get_supplier_products_by_ids(...)`."""

from typing import Any

import httpx

from ...models.list_response_supplier_product import ListResponseSupplierProduct
from ...models.supplier_product import SupplierProduct
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[SupplierProduct],
) -> RequestArgs:
    """The request of `POST /product/supplierProduct/getSupplierProductsByIds`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/product/supplierProduct/getSupplierProductsByIds",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseSupplierProduct | None:
    """The answer as `ListResponseSupplierProduct`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponseSupplierProduct.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="ProductSupplierProductGetSupplierProductsByIds_getSupplierProductsByIds",
    group="product_supplier_product",
    name="get_supplier_products_by_ids",
    method="POST",
    path="/product/supplierProduct/getSupplierProductsByIds",
    summary="Find the products by ids. Method was added as a POST because GET request header has a maximum size that we can exceed with customers that a lot of products.",
    parameters=(),
    paginated=False,
    body_type="list[SupplierProduct]",
    body_content_type="application/json",
    responses=((201, "ListResponseSupplierProduct"),),
    deprecated=False,
    build=build,
    parse=parse,
)
