"""`PUT /purchaseOrder/goodsReceipt/{id}` (PurchaseOrderGoodsReceipt_put): `tx.purchase_order_goods_receipt.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.goods_receipt import GoodsReceipt
from ...models.response_wrapper_goods_receipt import ResponseWrapperGoodsReceipt
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    id: int,
    *,
    body: GoodsReceipt,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /purchaseOrder/goodsReceipt/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/purchaseOrder/goodsReceipt/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperGoodsReceipt | None:
    """The answer as `ResponseWrapperGoodsReceipt`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperGoodsReceipt.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="PurchaseOrderGoodsReceipt_put",
    group="purchase_order_goods_receipt",
    name="put",
    method="PUT",
    path="/purchaseOrder/goodsReceipt/{id}",
    summary="Update goods receipt. Only available for Logistics Basic.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, "*"),
    ),
    paginated=False,
    body_type="GoodsReceipt",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperGoodsReceipt"),),
    deprecated=False,
    build=build,
    parse=parse,
)
