"""`PUT /inventory/stocktaking/productline/{id}` (InventoryStocktakingProductline_put): `tx.inventory_stocktaking_productline.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.product_line import ProductLine
from ...models.response_wrapper_product_line import ResponseWrapperProductLine
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: ProductLine,
) -> RequestArgs:
    """The request of `PUT /inventory/stocktaking/productline/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/inventory/stocktaking/productline/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProductLine | None:
    """The answer as `ResponseWrapperProductLine`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProductLine.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="InventoryStocktakingProductline_put",
    group="inventory_stocktaking_productline",
    name="put",
    method="PUT",
    path="/inventory/stocktaking/productline/{id}",
    summary="Update order line.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="ProductLine",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperProductLine"),),
    deprecated=False,
    build=build,
    parse=parse,
)
