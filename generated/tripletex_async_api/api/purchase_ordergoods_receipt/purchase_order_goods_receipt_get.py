"""`GET /purchaseOrder/goodsReceipt/{id}` (PurchaseOrderGoodsReceipt_get): `tx.purchase_order_goods_receipt.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_goods_receipt import ResponseWrapperGoodsReceipt
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /purchaseOrder/goodsReceipt/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/purchaseOrder/goodsReceipt/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperGoodsReceipt | None:
    """The answer as `ResponseWrapperGoodsReceipt`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperGoodsReceipt.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="PurchaseOrderGoodsReceipt_get",
    group="purchase_order_goods_receipt",
    name="get",
    method="GET",
    path="/purchaseOrder/goodsReceipt/{id}",
    summary="Get goods receipt by purchase order ID. Only available for Logistics Basic.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperGoodsReceipt"),),
    deprecated=False,
    build=build,
    parse=parse,
)
