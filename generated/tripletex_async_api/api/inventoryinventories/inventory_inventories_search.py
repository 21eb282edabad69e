"""`GET /inventory/inventories` (InventoryInventories_search): `tx.inventory_inventories.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_inventories import ListResponseInventories
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    date_from: str,
    date_to: str,
    product_id: int | Unset = UNSET,
    inventory_id: int | Unset = UNSET,
    only_product_with_changed_status: bool | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /inventory/inventories`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["productId"] = product_id

    params["inventoryId"] = inventory_id

    params["onlyProductWithChangedStatus"] = only_product_with_changed_status

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/inventory/inventories",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseInventories | None:
    """The answer as `ListResponseInventories`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseInventories.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="InventoryInventories_search",
    group="inventory_inventories",
    name="search",
    method="GET",
    path="/inventory/inventories",
    summary="Find inventories corresponding with sent data.",
    parameters=(
        Param("dateFrom", "date_from", "query", True),
        Param("dateTo", "date_to", "query", True),
        Param("productId", "product_id", "query", False),
        Param("inventoryId", "inventory_id", "query", False),
        Param("onlyProductWithChangedStatus", "only_product_with_changed_status", "query", False, False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseInventories"),),
    deprecated=False,
    build=build,
    parse=parse,
)
