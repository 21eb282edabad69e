"""`GET /inventory/location` (InventoryLocation_search): `tx.inventory_location.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_inventory_location import ListResponseInventoryLocation
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    warehouse_id: str | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /inventory/location`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["warehouseId"] = warehouse_id

    params["isInactive"] = is_inactive

    params["name"] = name

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/inventory/location",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseInventoryLocation | None:
    """The answer as `ListResponseInventoryLocation`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseInventoryLocation.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="InventoryLocation_search",
    group="inventory_location",
    name="search",
    method="GET",
    path="/inventory/location",
    summary="Find inventory locations by inventory ID. Only available for Logistics Basic.",
    parameters=(
        Param("warehouseId", "warehouse_id", "query", False),
        Param("isInactive", "is_inactive", "query", False),
        Param("name", "name", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseInventoryLocation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
