"""`GET /inventory/stocktaking/productline/{id}` (InventoryStocktakingProductline_get): `tx.inventory_stocktaking_productline.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_product_line import ResponseWrapperProductLine
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /inventory/stocktaking/productline/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/inventory/stocktaking/productline/{id}".format(
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
    id="InventoryStocktakingProductline_get",
    group="inventory_stocktaking_productline",
    name="get",
    method="GET",
    path="/inventory/stocktaking/productline/{id}",
    summary="Get order line by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperProductLine"),),
    deprecated=False,
    build=build,
    parse=parse,
)
