"""`PUT /product/unit/list` (ProductUnitList_putList): `tx.product_unit.put_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_product_unit import ListResponseProductUnit
from ...models.product_unit import ProductUnit
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[ProductUnit],
) -> RequestArgs:
    """The request of `PUT /product/unit/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
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
    if response.status_code == 200:
        response_200 = ListResponseProductUnit.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProductUnitList_putList",
    group="product_unit",
    name="put_list",
    method="PUT",
    path="/product/unit/list",
    summary="Update list of product units.",
    parameters=(),
    paginated=False,
    body_type="list[ProductUnit]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ListResponseProductUnit"),),
    deprecated=False,
    build=build,
    parse=parse,
)
