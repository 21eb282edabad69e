"""`PUT /product/group/list` (ProductGroupList_putList): `tx.product_group.put_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_product_group import ListResponseProductGroup
from ...models.product_group import ProductGroup
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[ProductGroup],
) -> RequestArgs:
    """The request of `PUT /product/group/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/product/group/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseProductGroup | None:
    """The answer as `ListResponseProductGroup`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseProductGroup.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProductGroupList_putList",
    group="product_group",
    name="put_list",
    method="PUT",
    path="/product/group/list",
    summary="Update a list of product groups. Only available for Logistics Basic.",
    parameters=(),
    paginated=False,
    body_type="list[ProductGroup]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ListResponseProductGroup"),),
    deprecated=False,
    build=build,
    parse=parse,
)
