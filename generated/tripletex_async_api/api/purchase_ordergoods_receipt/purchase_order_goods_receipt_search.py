"""`GET /purchaseOrder/goodsReceipt` (PurchaseOrderGoodsReceipt_search): `tx.purchase_order_goods_receipt.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_goods_receipt import ListResponseGoodsReceipt
from ...models.purchase_order_goods_receipt_search_status import PurchaseOrderGoodsReceiptSearchStatus
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    received_date_from: str | Unset = UNSET,
    received_date_to: str | Unset = UNSET,
    status: PurchaseOrderGoodsReceiptSearchStatus | Unset = UNSET,
    without_purchase: bool | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /purchaseOrder/goodsReceipt`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["receivedDateFrom"] = received_date_from

    params["receivedDateTo"] = received_date_to

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["withoutPurchase"] = without_purchase

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/purchaseOrder/goodsReceipt",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseGoodsReceipt | None:
    """The answer as `ListResponseGoodsReceipt`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseGoodsReceipt.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="PurchaseOrderGoodsReceipt_search",
    group="purchase_order_goods_receipt",
    name="search",
    method="GET",
    path="/purchaseOrder/goodsReceipt",
    summary="Get goods receipt. Only available for Logistics Basic.",
    parameters=(
        Param("receivedDateFrom", "received_date_from", "query", False),
        Param("receivedDateTo", "received_date_to", "query", False),
        Param("status", "status", "query", False),
        Param("withoutPurchase", "without_purchase", "query", False, False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseGoodsReceipt"),),
    deprecated=False,
    build=build,
    parse=parse,
)
