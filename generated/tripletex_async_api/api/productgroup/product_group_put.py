"""`PUT /product/group/{id}` (ProductGroup_put): `tx.product_group.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.product_group import ProductGroup
from ...models.response_wrapper_product_group import ResponseWrapperProductGroup
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: ProductGroup,
) -> RequestArgs:
    """The request of `PUT /product/group/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/product/group/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProductGroup | None:
    """The answer as `ResponseWrapperProductGroup`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProductGroup.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProductGroup_put",
    group="product_group",
    name="put",
    method="PUT",
    path="/product/group/{id}",
    summary="Update product group. Only available for Logistics Basic.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="ProductGroup",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperProductGroup"),),
    deprecated=False,
    build=build,
    parse=parse,
)
