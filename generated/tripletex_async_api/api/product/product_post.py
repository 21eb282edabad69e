"""`POST /product` (Product_post): `tx.product.post(...)`."""

from typing import Any

import httpx

from ...models.product import Product
from ...models.response_wrapper_product import ResponseWrapperProduct
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: Product,
) -> RequestArgs:
    """The request of `POST /product`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/product",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProduct | None:
    """The answer as `ResponseWrapperProduct`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperProduct.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="Product_post",
    group="product",
    name="post",
    method="POST",
    path="/product",
    summary="Create new product.",
    parameters=(),
    paginated=False,
    body_type="Product",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperProduct"),),
    deprecated=False,
    build=build,
    parse=parse,
)
