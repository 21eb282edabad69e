"""`PUT /inventory/stocktaking/productline/{id}/:changeLocation` (InventoryStocktakingProductlineChangeLocation_changeLocation): `tx.inventory_stocktaking_productline.change_location(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_product_line import ResponseWrapperProductLine
from ...types import UNSET, Operation, Param, RequestArgs


def build(
    id: int,
    *,
    warehouse_location_id: int,
) -> RequestArgs:
    """The request of `PUT /inventory/stocktaking/productline/{id}/:changeLocation`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["warehouseLocationId"] = warehouse_location_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/inventory/stocktaking/productline/{id}/:changeLocation".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProductLine | None:
    """The answer as `ResponseWrapperProductLine`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProductLine.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="InventoryStocktakingProductlineChangeLocation_changeLocation",
    group="inventory_stocktaking_productline",
    name="change_location",
    method="PUT",
    path="/inventory/stocktaking/productline/{id}/:changeLocation",
    summary="[Beta] Change location on order line.",
    parameters=(
        Param("id", "id", "path", True),
        Param("warehouseLocationId", "warehouse_location_id", "query", True),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperProductLine"),),
    deprecated=False,
    build=build,
    parse=parse,
)
