"""`PUT /product/unit/{id}` (ProductUnit_put): `tx.product_unit.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.product_unit import ProductUnit
from ...models.response_wrapper_product_unit import ResponseWrapperProductUnit
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: ProductUnit,
) -> RequestArgs:
    """The request of `PUT /product/unit/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/product/unit/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProductUnit | None:
    """The answer as `ResponseWrapperProductUnit`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProductUnit.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProductUnit_put",
    group="product_unit",
    name="put",
    method="PUT",
    path="/product/unit/{id}",
    summary="Update product unit.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="ProductUnit",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperProductUnit"),),
    deprecated=False,
    build=build,
    parse=parse,
)
