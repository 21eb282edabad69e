"""`PUT /product/inventoryLocation/list` (ProductInventoryLocationList_putList): `tx.product_inventory_location.put_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_product_inventory_location import ListResponseProductInventoryLocation
from ...models.product_inventory_location import ProductInventoryLocation
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[ProductInventoryLocation],
) -> RequestArgs:
    """The request of `PUT /product/inventoryLocation/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/product/inventoryLocation/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseProductInventoryLocation | None:
    """The answer as `ListResponseProductInventoryLocation`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseProductInventoryLocation.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProductInventoryLocationList_putList",
    group="product_inventory_location",
    name="put_list",
    method="PUT",
    path="/product/inventoryLocation/list",
    summary="Update multiple product inventory locations. Only available for Logistics Basic.",
    parameters=(),
    paginated=False,
    body_type="list[ProductInventoryLocation]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ListResponseProductInventoryLocation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
