"""`POST /purchaseOrder/goodsReceipt/list` (PurchaseOrderGoodsReceiptList_postList): `tx.purchase_order_goods_receipt.post_list(...)`."""

from typing import Any

import httpx

from ...models.goods_receipt import GoodsReceipt
from ...models.list_response_goods_receipt import ListResponseGoodsReceipt
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: list[GoodsReceipt],
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /purchaseOrder/goodsReceipt/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/purchaseOrder/goodsReceipt/list",
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseGoodsReceipt | None:
    """The answer as `ListResponseGoodsReceipt`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponseGoodsReceipt.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="PurchaseOrderGoodsReceiptList_postList",
    group="purchase_order_goods_receipt",
    name="post_list",
    method="POST",
    path="/purchaseOrder/goodsReceipt/list",
    summary="Register multiple goods receipts without an existing purchase order. Only available for Logistics Basic.",
    parameters=(Param("fields", "fields", "query", False, "*"),),
    paginated=False,
    body_type="list[GoodsReceipt]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseGoodsReceipt"),),
    deprecated=False,
    build=build,
    parse=parse,
)
