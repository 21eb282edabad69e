"""`POST /product/supplierProduct/list` (ProductSupplierProductList_postList): `tx.product_supplier_product.post_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_supplier_product import ListResponseSupplierProduct
from ...models.supplier_product import SupplierProduct
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[SupplierProduct],
) -> RequestArgs:
    """The request of `POST /product/supplierProduct/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/product/supplierProduct/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseSupplierProduct | None:
    """The answer as `ListResponseSupplierProduct`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponseSupplierProduct.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="ProductSupplierProductList_postList",
    group="product_supplier_product",
    name="post_list",
    method="POST",
    path="/product/supplierProduct/list",
    summary="Create list of new supplierProduct.",
    parameters=(),
    paginated=False,
    body_type="list[SupplierProduct]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseSupplierProduct"),),
    deprecated=False,
    build=build,
    parse=parse,
)
