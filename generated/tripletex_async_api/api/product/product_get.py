"""`GET /product/{id}` (Product_get): `tx.product.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_product import ResponseWrapperProduct
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /product/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/product/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProduct | None:
    """The answer as `ResponseWrapperProduct`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProduct.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Product_get",
    group="product",
    name="get",
    method="GET",
    path="/product/{id}",
    summary="Get product by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperProduct"),),
    deprecated=False,
    build=build,
    parse=parse,
)
