"""`GET /inventory/stocktaking` (InventoryStocktaking_search): `tx.inventory_stocktaking.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_stocktaking import ListResponseStocktaking
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    is_completed: bool | Unset = UNSET,
    inventory_id: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /inventory/stocktaking`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["isCompleted"] = is_completed

    params["inventoryId"] = inventory_id

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/inventory/stocktaking",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseStocktaking | None:
    """The answer as `ListResponseStocktaking`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseStocktaking.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="InventoryStocktaking_search",
    group="inventory_stocktaking",
    name="search",
    method="GET",
    path="/inventory/stocktaking",
    summary="Find stocktaking corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("isCompleted", "is_completed", "query", False),
        Param("inventoryId", "inventory_id", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseStocktaking"),),
    deprecated=False,
    build=build,
    parse=parse,
)
