"""`GET /product/external/{id}` (ProductExternal_get): `tx.product_external.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_external_product import ResponseWrapperExternalProduct
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /product/external/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/product/external/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperExternalProduct | None:
    """The answer as `ResponseWrapperExternalProduct`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperExternalProduct.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProductExternal_get",
    group="product_external",
    name="get",
    method="GET",
    path="/product/external/{id}",
    summary="[BETA] Get external product by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperExternalProduct"),),
    deprecated=False,
    build=build,
    parse=parse,
)
