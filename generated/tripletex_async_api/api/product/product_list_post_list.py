"""`POST /product/list` (ProductList_postList): `tx.product.post_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_product import ListResponseProduct
from ...models.product import Product
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[Product],
) -> RequestArgs:
    """The request of `POST /product/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/product/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseProduct | None:
    """The answer as `ListResponseProduct`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponseProduct.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="ProductList_postList",
    group="product",
    name="post_list",
    method="POST",
    path="/product/list",
    summary="Add multiple products.",
    parameters=(),
    paginated=False,
    body_type="list[Product]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseProduct"),),
    deprecated=False,
    build=build,
    parse=parse,
)
