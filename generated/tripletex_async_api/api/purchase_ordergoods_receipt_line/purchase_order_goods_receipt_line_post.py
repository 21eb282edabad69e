"""`POST /purchaseOrder/goodsReceiptLine` (PurchaseOrderGoodsReceiptLine_post): `tx.purchase_order_goods_receipt_line.post(...)`."""

from typing import Any

import httpx

from ...models.goods_receipt_line import GoodsReceiptLine
from ...models.response_wrapper_goods_receipt_line import ResponseWrapperGoodsReceiptLine
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: GoodsReceiptLine,
) -> RequestArgs:
    """The request of `POST /purchaseOrder/goodsReceiptLine`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/purchaseOrder/goodsReceiptLine",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperGoodsReceiptLine | None:
    """The answer as `ResponseWrapperGoodsReceiptLine`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperGoodsReceiptLine.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="PurchaseOrderGoodsReceiptLine_post",
    group="purchase_order_goods_receipt_line",
    name="post",
    method="POST",
    path="/purchaseOrder/goodsReceiptLine",
    summary="Register new goods receipt; new product on an existing purchase order. When registration of several goods receipts, use /list for better performance. Only available for Logistics Basic.",
    parameters=(),
    paginated=False,
    body_type="GoodsReceiptLine",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperGoodsReceiptLine"),),
    deprecated=False,
    build=build,
    parse=parse,
)
