"""`POST /purchaseOrder` (PurchaseOrder_post): `tx.purchase_order.post(...)`."""

from typing import Any

import httpx

from ...models.purchase_order import PurchaseOrder
from ...models.response_wrapper_purchase_order import ResponseWrapperPurchaseOrder
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: PurchaseOrder,
) -> RequestArgs:
    """The request of `POST /purchaseOrder`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/purchaseOrder",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperPurchaseOrder | None:
    """The answer as `ResponseWrapperPurchaseOrder`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperPurchaseOrder.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="PurchaseOrder_post",
    group="purchase_order",
    name="post",
    method="POST",
    path="/purchaseOrder",
    summary="Creates a new purchase order. Only available for Logistics Basic.",
    parameters=(),
    paginated=False,
    body_type="PurchaseOrder",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperPurchaseOrder"),),
    deprecated=False,
    build=build,
    parse=parse,
)
