"""`PUT /purchaseOrder/goodsReceipt/{id}/:confirm` (PurchaseOrderGoodsReceiptConfirm_confirm): `tx.purchase_order_goods_receipt.confirm(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_purchase_order import ResponseWrapperPurchaseOrder
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    create_rest_order: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /purchaseOrder/goodsReceipt/{id}/:confirm`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["createRestOrder"] = create_rest_order

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/purchaseOrder/goodsReceipt/{id}/:confirm".format(
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
    id="PurchaseOrderGoodsReceiptConfirm_confirm",
    group="purchase_order_goods_receipt",
    name="confirm",
    method="PUT",
    path="/purchaseOrder/goodsReceipt/{id}/:confirm",
    summary="Confirm goods receipt. Only available for Logistics Basic.",
    parameters=(
        Param("id", "id", "path", True),
        Param("createRestOrder", "create_rest_order", "query", False, False),
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
