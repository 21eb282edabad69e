"""`PUT /product/supplierProduct/{id}` (ProductSupplierProduct_put): `tx.product_supplier_product.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_supplier_product import ResponseWrapperSupplierProduct
from ...models.supplier_product import SupplierProduct
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: SupplierProduct,
) -> RequestArgs:
    """The request of `PUT /product/supplierProduct/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/product/supplierProduct/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperSupplierProduct | None:
    """The answer as `ResponseWrapperSupplierProduct`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperSupplierProduct.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProductSupplierProduct_put",
    group="product_supplier_product",
    name="put",
    method="PUT",
    path="/product/supplierProduct/{id}",
    summary="Update supplierProduct.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="SupplierProduct",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperSupplierProduct"),),
    deprecated=False,
    build=build,
    parse=parse,
)
