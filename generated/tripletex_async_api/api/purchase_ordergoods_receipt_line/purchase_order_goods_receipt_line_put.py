"""`PUT /purchaseOrder/goodsReceiptLine/{id}` (PurchaseOrderGoodsReceiptLine_put): `tx.purchase_order_goods_receipt_line.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.goods_receipt_line import GoodsReceiptLine
from ...models.response_wrapper_goods_receipt_line import ResponseWrapperGoodsReceiptLine
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: GoodsReceiptLine,
) -> RequestArgs:
    """The request of `PUT /purchaseOrder/goodsReceiptLine/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/purchaseOrder/goodsReceiptLine/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperGoodsReceiptLine | None:
    """The answer as `ResponseWrapperGoodsReceiptLine`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperGoodsReceiptLine.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="PurchaseOrderGoodsReceiptLine_put",
    group="purchase_order_goods_receipt_line",
    name="put",
    method="PUT",
    path="/purchaseOrder/goodsReceiptLine/{id}",
    summary="Update a goods receipt line on a goods receipt. Only available for Logistics Basic.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="GoodsReceiptLine",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperGoodsReceiptLine"),),
    deprecated=False,
    build=build,
    parse=parse,
)
