"""`PUT /product/inventoryLocation/{id}` (ProductInventoryLocation_put): `tx.product_inventory_location.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.product_inventory_location import ProductInventoryLocation
from ...models.response_wrapper_product_inventory_location import ResponseWrapperProductInventoryLocation
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: ProductInventoryLocation,
) -> RequestArgs:
    """The request of `PUT /product/inventoryLocation/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/product/inventoryLocation/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProductInventoryLocation | None:
    """The answer as `ResponseWrapperProductInventoryLocation`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProductInventoryLocation.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProductInventoryLocation_put",
    group="product_inventory_location",
    name="put",
    method="PUT",
    path="/product/inventoryLocation/{id}",
    summary="Update product inventory location. Only available for Logistics Basic.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="ProductInventoryLocation",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperProductInventoryLocation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
