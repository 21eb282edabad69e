"""`POST /product/group` (ProductGroup_post): `tx.product_group.post(...)`."""

from typing import Any

import httpx

from ...models.product_group import ProductGroup
from ...models.response_wrapper_product_group import ResponseWrapperProductGroup
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: ProductGroup,
) -> RequestArgs:
    """The request of `POST /product/group`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/product/group",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProductGroup | None:
    """The answer as `ResponseWrapperProductGroup`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperProductGroup.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="ProductGroup_post",
    group="product_group",
    name="post",
    method="POST",
    path="/product/group",
    summary="Create new product group. Only available for Logistics Basic.",
    parameters=(),
    paginated=False,
    body_type="ProductGroup",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperProductGroup"),),
    deprecated=False,
    build=build,
    parse=parse,
)
