"""`PUT /purchaseOrder/goodsReceipt/{id}/:receiveAndConfirm` (PurchaseOrderGoodsReceiptReceiveAndConfirm_receiveAndConfirm): `tx.purchase_order_goods_receipt.receive_and_confirm(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_purchase_order import ResponseWrapperPurchaseOrder
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    received_date: str,
    inventory_id: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /purchaseOrder/goodsReceipt/{id}/:receiveAndConfirm`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["receivedDate"] = received_date

    params["inventoryId"] = inventory_id

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/purchaseOrder/goodsReceipt/{id}/:receiveAndConfirm".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperPurchaseOrder | None:
    """The answer as `ResponseWrapperPurchaseOrder`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperPurchaseOrder.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="PurchaseOrderGoodsReceiptReceiveAndConfirm_receiveAndConfirm",
    group="purchase_order_goods_receipt",
    name="receive_and_confirm",
    method="PUT",
    path="/purchaseOrder/goodsReceipt/{id}/:receiveAndConfirm",
    summary=" Receive all ordered products and approve goods receipt. Only available for Logistics Basic.",
    parameters=(
        Param("id", "id", "path", True),
        Param("receivedDate", "received_date", "query", True),
        Param("inventoryId", "inventory_id", "query", False),
        Param("fields", "fields", "query", False, "*"),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperPurchaseOrder"),),
    deprecated=False,
    build=build,
    parse=parse,
)
