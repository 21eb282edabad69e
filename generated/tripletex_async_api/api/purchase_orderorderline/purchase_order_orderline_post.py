"""`POST /purchaseOrder/orderline` (PurchaseOrderOrderline_post): `tx.purchase_order_orderline.post(...)`."""

from typing import Any

import httpx

from ...models.purchase_orderline import PurchaseOrderline
from ...models.response_wrapper_purchase_orderline import ResponseWrapperPurchaseOrderline
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: PurchaseOrderline,
) -> RequestArgs:
    """The request of `POST /purchaseOrder/orderline`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/purchaseOrder/orderline",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperPurchaseOrderline | None:
    """The answer as `ResponseWrapperPurchaseOrderline`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperPurchaseOrderline.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="PurchaseOrderOrderline_post",
    group="purchase_order_orderline",
    name="post",
    method="POST",
    path="/purchaseOrder/orderline",
    summary="Creates purchase order line. Only available for Logistics Basic.",
    parameters=(),
    paginated=False,
    body_type="PurchaseOrderline",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperPurchaseOrderline"),),
    deprecated=False,
    build=build,
    parse=parse,
)
