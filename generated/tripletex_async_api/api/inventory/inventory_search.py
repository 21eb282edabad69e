"""`GET /inventory` (Inventory_search): `tx.inventory.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_inventory import ListResponseInventory
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    is_main_inventory: bool | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    query: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /inventory`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["name"] = name

    params["isMainInventory"] = is_main_inventory

    params["isInactive"] = is_inactive

    params["query"] = query

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/inventory",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseInventory | None:
    """The answer as `ListResponseInventory`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseInventory.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Inventory_search",
    group="inventory",
    name="search",
    method="GET",
    path="/inventory",
    summary="Find inventory corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("name", "name", "query", False),
        Param("isMainInventory", "is_main_inventory", "query", False),
        Param("isInactive", "is_inactive", "query", False),
        Param("query", "query", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseInventory"),),
    deprecated=False,
    build=build,
    parse=parse,
)
