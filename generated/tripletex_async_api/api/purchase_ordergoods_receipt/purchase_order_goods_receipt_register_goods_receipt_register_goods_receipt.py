"""`PUT /purchaseOrder/goodsReceipt/{id}/:registerGoodsReceipt` (PurchaseOrderGoodsReceiptRegisterGoodsReceipt_registerGoodsReceipt): `tx.purchase_order_goods_receipt.register_goods_receipt(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_goods_receipt import ResponseWrapperGoodsReceipt
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    registration_date: str,
    inventory_id: int | Unset = UNSET,
    comment: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /purchaseOrder/goodsReceipt/{id}/:registerGoodsReceipt`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["registrationDate"] = registration_date

    params["inventoryId"] = inventory_id

    params["comment"] = comment

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/purchaseOrder/goodsReceipt/{id}/:registerGoodsReceipt".format(
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
    id="PurchaseOrderGoodsReceiptRegisterGoodsReceipt_registerGoodsReceipt",
    group="purchase_order_goods_receipt",
    name="register_goods_receipt",
    method="PUT",
    path="/purchaseOrder/goodsReceipt/{id}/:registerGoodsReceipt",
    summary="Register goods receipt. Quantity received on the products is set to the same as quantity ordered. To update the quantity received, use PUT /purchaseOrder/goodsReceiptLine/{id}. Only available for Logistics Basic.",
    parameters=(
        Param("id", "id", "path", True),
        Param("registrationDate", "registration_date", "query", True),
        Param("inventoryId", "inventory_id", "query", False),
        Param("comment", "comment", "query", False),
        Param("fields", "fields", "query", False, "*"),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperGoodsReceipt"),),
    deprecated=False,
    build=build,
    parse=parse,
)
