"""`POST /product/inventoryLocation` (ProductInventoryLocation_post): `tx.product_inventory_location.post(...)`."""

from typing import Any

import httpx

from ...models.product_inventory_location import ProductInventoryLocation
from ...models.response_wrapper_product_inventory_location import ResponseWrapperProductInventoryLocation
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: ProductInventoryLocation,
) -> RequestArgs:
    """The request of `POST /product/inventoryLocation`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/product/inventoryLocation",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProductInventoryLocation | None:
    """The answer as `ResponseWrapperProductInventoryLocation`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperProductInventoryLocation.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="ProductInventoryLocation_post",
    group="product_inventory_location",
    name="post",
    method="POST",
    path="/product/inventoryLocation",
    summary="Create new product inventory location. Only available for Logistics Basic.",
    parameters=(),
    paginated=False,
    body_type="ProductInventoryLocation",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperProductInventoryLocation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
