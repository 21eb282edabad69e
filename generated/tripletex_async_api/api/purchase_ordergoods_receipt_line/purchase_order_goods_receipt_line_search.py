"""`GET /purchaseOrder/goodsReceiptLine` (PurchaseOrderGoodsReceiptLine_search): `tx.purchase_order_goods_receipt_line.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_goods_receipt_line import ListResponseGoodsReceiptLine
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    purchase_order_id: int,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /purchaseOrder/goodsReceiptLine`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["purchaseOrderId"] = purchase_order_id

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/purchaseOrder/goodsReceiptLine",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseGoodsReceiptLine | None:
    """The answer as `ListResponseGoodsReceiptLine`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseGoodsReceiptLine.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="PurchaseOrderGoodsReceiptLine_search",
    group="purchase_order_goods_receipt_line",
    name="search",
    method="GET",
    path="/purchaseOrder/goodsReceiptLine",
    summary="Find goods receipt lines for purchase order. Only available for Logistics Basic.",
    parameters=(
        Param("purchaseOrderId", "purchase_order_id", "query", True),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseGoodsReceiptLine"),),
    deprecated=False,
    build=build,
    parse=parse,
)
