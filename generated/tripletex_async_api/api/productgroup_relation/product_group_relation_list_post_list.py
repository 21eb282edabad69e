"""`POST /product/groupRelation/list` (ProductGroupRelationList_postList): `tx.product_group_relation.post_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_product_group_relation import ListResponseProductGroupRelation
from ...models.product_group_relation import ProductGroupRelation
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[ProductGroupRelation],
) -> RequestArgs:
    """The request of `POST /product/groupRelation/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/product/groupRelation/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseProductGroupRelation | None:
    """The answer as `ListResponseProductGroupRelation`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponseProductGroupRelation.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="ProductGroupRelationList_postList",
    group="product_group_relation",
    name="post_list",
    method="POST",
    path="/product/groupRelation/list",
    summary="Add multiple products group relations. Only available for Logistics Basic.",
    parameters=(),
    paginated=False,
    body_type="list[ProductGroupRelation]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseProductGroupRelation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
