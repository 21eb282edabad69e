"""`POST /purchaseOrder/goodsReceipt` (PurchaseOrderGoodsReceipt_post): `tx.purchase_order_goods_receipt.post(...)`."""

from typing import Any

import httpx

from ...models.goods_receipt import GoodsReceipt
from ...models.response_wrapper_goods_receipt import ResponseWrapperGoodsReceipt
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: GoodsReceipt,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /purchaseOrder/goodsReceipt`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/purchaseOrder/goodsReceipt",
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperGoodsReceipt | None:
    """The answer as `ResponseWrapperGoodsReceipt`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperGoodsReceipt.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="PurchaseOrderGoodsReceipt_post",
    group="purchase_order_goods_receipt",
    name="post",
    method="POST",
    path="/purchaseOrder/goodsReceipt",
    summary="Register goods receipt without an existing purchase order. When registration of several goods receipt, use /list for better performance. Only available for Logistics Basic.",
    parameters=(Param("fields", "fields", "query", False, "*"),),
    paginated=False,
    body_type="GoodsReceipt",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperGoodsReceipt"),),
    deprecated=False,
    build=build,
    parse=parse,
)
