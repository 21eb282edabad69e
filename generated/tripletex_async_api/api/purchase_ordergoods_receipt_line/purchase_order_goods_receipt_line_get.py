"""`GET /purchaseOrder/goodsReceiptLine/{id}` (PurchaseOrderGoodsReceiptLine_get): `tx.purchase_order_goods_receipt_line.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_goods_receipt_line import ResponseWrapperGoodsReceiptLine
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /purchaseOrder/goodsReceiptLine/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/purchaseOrder/goodsReceiptLine/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperGoodsReceiptLine | None:
    """The answer as `ResponseWrapperGoodsReceiptLine`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperGoodsReceiptLine.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="PurchaseOrderGoodsReceiptLine_get",
    group="purchase_order_goods_receipt_line",
    name="get",
    method="GET",
    path="/purchaseOrder/goodsReceiptLine/{id}",
    summary="Get goods receipt line by purchase order line ID. Only available for Logistics Basic.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperGoodsReceiptLine"),),
    deprecated=False,
    build=build,
    parse=parse,
)
