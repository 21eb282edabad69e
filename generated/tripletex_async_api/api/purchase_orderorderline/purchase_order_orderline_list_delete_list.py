"""`DELETE /purchaseOrder/orderline/list` (PurchaseOrderOrderlineList_deleteList): `tx.purchase_order_orderline.delete_list(...)`."""

from typing import Any

import httpx

from ...models.purchase_orderline import PurchaseOrderline
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[PurchaseOrderline],
) -> RequestArgs:
    """The request of `DELETE /purchaseOrder/orderline/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/purchaseOrder/orderline/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="PurchaseOrderOrderlineList_deleteList",
    group="purchase_order_orderline",
    name="delete_list",
    method="DELETE",
    path="/purchaseOrder/orderline/list",
    summary="Delete purchase order lines by ID. Only available for Logistics Basic.",
    parameters=(),
    paginated=False,
    body_type="list[PurchaseOrderline]",
    body_content_type="application/json",
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
