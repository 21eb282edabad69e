"""`GET /inventory/stocktaking/productline` (InventoryStocktakingProductline_search): `tx.inventory_stocktaking_productline.search(...)`."""

from typing import Any

import httpx

from ...models.inventory_stocktaking_productline_search_product_line_status import (
    InventoryStocktakingProductlineSearchProductLineStatus,
)
from ...models.list_response_product_line import ListResponseProductLine
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    stocktaking_id: int,
    query: str | Unset = UNSET,
    product_group_ids: str | Unset = UNSET,
    location_ids: str | Unset = UNSET,
    product_line_status: InventoryStocktakingProductlineSearchProductLineStatus | Unset = UNSET,
    count: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /inventory/stocktaking/productline`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["stocktakingId"] = stocktaking_id

    params["query"] = query

    params["productGroupIds"] = product_group_ids

    params["locationIds"] = location_ids

    json_product_line_status: str | Unset = UNSET
    if not isinstance(product_line_status, Unset):
        json_product_line_status = product_line_status.value

    params["productLineStatus"] = json_product_line_status

    params["count"] = count

    params["from"] = from_

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/inventory/stocktaking/productline",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseProductLine | None:
    """The answer as `ListResponseProductLine`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseProductLine.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="InventoryStocktakingProductline_search",
    group="inventory_stocktaking_productline",
    name="search",
    method="GET",
    path="/inventory/stocktaking/productline",
    summary="Find all order lines by stocktaking ID.",
    parameters=(
        Param("stocktakingId", "stocktaking_id", "query", True),
        Param("query", "query", "query", False),
        Param("productGroupIds", "product_group_ids", "query", False),
        Param("locationIds", "location_ids", "query", False),
        Param("productLineStatus", "product_line_status", "query", False, "ALL_PRODUCTS"),
        Param("count", "count", "query", False, 10000),
        Param("from", "from_", "query", False, "0"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseProductLine"),),
    deprecated=False,
    build=build,
    parse=parse,
)
