"""`POST /inventory/stocktaking/productline` (InventoryStocktakingProductline_post): `tx.inventory_stocktaking_productline.post(...)`."""

from typing import Any

import httpx

from ...models.product_line import ProductLine
from ...models.response_wrapper_product_line import ResponseWrapperProductLine
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: ProductLine,
) -> RequestArgs:
    """The request of `POST /inventory/stocktaking/productline`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/inventory/stocktaking/productline",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProductLine | None:
    """The answer as `ResponseWrapperProductLine`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperProductLine.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="InventoryStocktakingProductline_post",
    group="inventory_stocktaking_productline",
    name="post",
    method="POST",
    path="/inventory/stocktaking/productline",
    summary="Create order line. When creating several order lines, use /list for better performance.",
    parameters=(),
    paginated=False,
    body_type="ProductLine",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperProductLine"),),
    deprecated=False,
    build=build,
    parse=parse,
)
