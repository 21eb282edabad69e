"""`POST /product/groupRelation` (ProductGroupRelation_post): `tx.product_group_relation.post(...)`."""

from typing import Any

import httpx

from ...models.product_group_relation import ProductGroupRelation
from ...models.response_wrapper_product_group_relation import ResponseWrapperProductGroupRelation
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: ProductGroupRelation,
) -> RequestArgs:
    """The request of `POST /product/groupRelation`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/product/groupRelation",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProductGroupRelation | None:
    """The answer as `ResponseWrapperProductGroupRelation`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperProductGroupRelation.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="ProductGroupRelation_post",
    group="product_group_relation",
    name="post",
    method="POST",
    path="/product/groupRelation",
    summary="Create new product group relation. Only available for Logistics Basic.",
    parameters=(),
    paginated=False,
    body_type="ProductGroupRelation",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperProductGroupRelation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
