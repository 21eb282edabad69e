"""`POST /product/unit` (ProductUnit_post): `tx.product_unit.post(...)`."""

from typing import Any

import httpx

from ...models.product_unit import ProductUnit
from ...models.response_wrapper_product_unit import ResponseWrapperProductUnit
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: ProductUnit,
) -> RequestArgs:
    """The request of `POST /product/unit`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/product/unit",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProductUnit | None:
    """The answer as `ResponseWrapperProductUnit`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperProductUnit.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="ProductUnit_post",
    group="product_unit",
    name="post",
    method="POST",
    path="/product/unit",
    summary="Create new product unit.",
    parameters=(),
    paginated=False,
    body_type="ProductUnit",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperProductUnit"),),
    deprecated=False,
    build=build,
    parse=parse,
)
