"""`PUT /purchaseOrder/goodsReceiptLine/list` (PurchaseOrderGoodsReceiptLineList_putList): `tx.purchase_order_goods_receipt_line.put_list(...)`."""

from typing import Any

import httpx

from ...models.goods_receipt_line import GoodsReceiptLine
from ...models.list_response_goods_receipt_line import ListResponseGoodsReceiptLine
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[GoodsReceiptLine],
) -> RequestArgs:
    """The request of `PUT /purchaseOrder/goodsReceiptLine/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/purchaseOrder/goodsReceiptLine/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseGoodsReceiptLine | None:
    """The answer as `ListResponseGoodsReceiptLine`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseGoodsReceiptLine.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="PurchaseOrderGoodsReceiptLineList_putList",
    group="purchase_order_goods_receipt_line",
    name="put_list",
    method="PUT",
    path="/purchaseOrder/goodsReceiptLine/list",
    summary="Update goods receipt lines on a goods receipt. Only available for Logistics Basic.",
    parameters=(),
    paginated=False,
    body_type="list[GoodsReceiptLine]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ListResponseGoodsReceiptLine"),),
    deprecated=False,
    build=build,
    parse=parse,
)
