"""`POST /product/supplierProduct` (ProductSupplierProduct_post): `tx.product_supplier_product.post(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_supplier_product import ResponseWrapperSupplierProduct
from ...models.supplier_product import SupplierProduct
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: SupplierProduct,
) -> RequestArgs:
    """The request of `POST /product/supplierProduct`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/product/supplierProduct",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperSupplierProduct | None:
    """The answer as `ResponseWrapperSupplierProduct`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperSupplierProduct.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="ProductSupplierProduct_post",
    group="product_supplier_product",
    name="post",
    method="POST",
    path="/product/supplierProduct",
    summary="Create new supplierProduct.",
    parameters=(),
    paginated=False,
    body_type="SupplierProduct",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperSupplierProduct"),),
    deprecated=False,
    build=build,
    parse=parse,
)
