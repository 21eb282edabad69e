"""`POST /purchaseOrder/goodsReceiptLine/list` (PurchaseOrderGoodsReceiptLineList_postList): `tx.purchase_order_goods_receipt_line.post_list(...)`."""

from typing import Any

import httpx

from ...models.goods_receipt_line import GoodsReceiptLine
from ...models.list_response_goods_receipt_line import ListResponseGoodsReceiptLine
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[GoodsReceiptLine],
) -> RequestArgs:
    """The request of `POST /purchaseOrder/goodsReceiptLine/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
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
    if response.status_code == 201:
        response_201 = ListResponseGoodsReceiptLine.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="PurchaseOrderGoodsReceiptLineList_postList",
    group="purchase_order_goods_receipt_line",
    name="post_list",
    method="POST",
    path="/purchaseOrder/goodsReceiptLine/list",
    summary="Register multiple new goods receipts on an existing purchase order. Only available for Logistics Basic.",
    parameters=(),
    paginated=False,
    body_type="list[GoodsReceiptLine]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseGoodsReceiptLine"),),
    deprecated=False,
    build=build,
    parse=parse,
)
