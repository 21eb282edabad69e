"""`POST /product/unit/list` (ProductUnitList_postList): `tx.product_unit.post_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_product_unit import ListResponseProductUnit
from ...models.product_unit import ProductUnit
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[ProductUnit],
) -> RequestArgs:
    """The request of `POST /product/unit/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/product/unit/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseProductUnit | None:
    """The answer as `ListResponseProductUnit`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponseProductUnit.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="ProductUnitList_postList",
    group="product_unit",
    name="post_list",
    method="POST",
    path="/product/unit/list",
    summary="Create multiple product units.",
    parameters=(),
    paginated=False,
    body_type="list[ProductUnit]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseProductUnit"),),
    deprecated=False,
    build=build,
    parse=parse,
)
