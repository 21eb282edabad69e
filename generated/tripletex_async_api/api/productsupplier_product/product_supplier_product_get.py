"""`GET /product/supplierProduct/{id}` (ProductSupplierProduct_get): `tx.product_supplier_product.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_supplier_product import ResponseWrapperSupplierProduct
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /product/supplierProduct/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/product/supplierProduct/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperSupplierProduct | None:
    """The answer as `ResponseWrapperSupplierProduct`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperSupplierProduct.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProductSupplierProduct_get",
    group="product_supplier_product",
    name="get",
    method="GET",
    path="/product/supplierProduct/{id}",
    summary="Get supplierProduct by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperSupplierProduct"),),
    deprecated=False,
    build=build,
    parse=parse,
)
