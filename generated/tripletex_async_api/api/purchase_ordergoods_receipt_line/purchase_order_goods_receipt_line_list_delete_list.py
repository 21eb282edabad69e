"""`DELETE /purchaseOrder/goodsReceiptLine/list` (PurchaseOrderGoodsReceiptLineList_deleteList): `tx.purchase_order_goods_receipt_line.delete_list(...)`."""

from typing import Any

import httpx

from ...models.goods_receipt_line import GoodsReceiptLine
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[GoodsReceiptLine],
) -> RequestArgs:
    """The request of `DELETE /purchaseOrder/goodsReceiptLine/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/purchaseOrder/goodsReceiptLine/list",
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
    id="PurchaseOrderGoodsReceiptLineList_deleteList",
    group="purchase_order_goods_receipt_line",
    name="delete_list",
    method="DELETE",
    path="/purchaseOrder/goodsReceiptLine/list",
    summary="Delete goods receipt lines by ID. Only available for Logistics Basic.",
    parameters=(),
    paginated=False,
    body_type="list[GoodsReceiptLine]",
    body_content_type="application/json",
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
