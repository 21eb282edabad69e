"""`GET /product/inventoryLocation` (ProductInventoryLocation_search): `tx.product_inventory_location.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_product_inventory_location import ListResponseProductInventoryLocation
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    product_id: str | Unset = UNSET,
    inventory_id: str | Unset = UNSET,
    is_main_location: bool | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /product/inventoryLocation`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["productId"] = product_id

    params["inventoryId"] = inventory_id

    params["isMainLocation"] = is_main_location

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/product/inventoryLocation",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseProductInventoryLocation | None:
    """The answer as `ListResponseProductInventoryLocation`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseProductInventoryLocation.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProductInventoryLocation_search",
    group="product_inventory_location",
    name="search",
    method="GET",
    path="/product/inventoryLocation",
    summary="Find inventory locations by product ID. Only available for Logistics Basic.",
    parameters=(
        Param("productId", "product_id", "query", False),
        Param("inventoryId", "inventory_id", "query", False),
        Param("isMainLocation", "is_main_location", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseProductInventoryLocation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
