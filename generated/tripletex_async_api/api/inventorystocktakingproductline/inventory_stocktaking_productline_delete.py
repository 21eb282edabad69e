"""`DELETE /inventory/stocktaking/productline/{id}` (InventoryStocktakingProductline_delete): `tx.inventory_stocktaking_productline.delete(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...types import Operation, Param, RequestArgs


def build(
    id: int,
) -> RequestArgs:
    """The request of `DELETE /inventory/stocktaking/productline/{id}`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/inventory/stocktaking/productline/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="InventoryStocktakingProductline_delete",
    group="inventory_stocktaking_productline",
    name="delete",
    method="DELETE",
    path="/inventory/stocktaking/productline/{id}",
    summary="Delete order line.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
