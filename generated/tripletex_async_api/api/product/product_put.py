"""`PUT /product/{id}` (Product_put): `tx.product.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.product import Product
from ...models.response_wrapper_product import ResponseWrapperProduct
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: Product,
) -> RequestArgs:
    """The request of `PUT /product/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/product/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProduct | None:
    """The answer as `ResponseWrapperProduct`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProduct.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Product_put",
    group="product",
    name="put",
    method="PUT",
    path="/product/{id}",
    summary="Update product.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="Product",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperProduct"),),
    deprecated=False,
    build=build,
    parse=parse,
)
