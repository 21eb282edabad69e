"""`PUT /product/list` (ProductList_putList): `tx.product.put_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_product import ListResponseProduct
from ...models.product import Product
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[Product],
) -> RequestArgs:
    """The request of `PUT /product/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
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
    if response.status_code == 200:
        response_200 = ListResponseProduct.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProductList_putList",
    group="product",
    name="put_list",
    method="PUT",
    path="/product/list",
    summary="Update a list of products.",
    parameters=(),
    paginated=False,
    body_type="list[Product]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ListResponseProduct"),),
    deprecated=False,
    build=build,
    parse=parse,
)
