"""`GET /purchaseOrder/purchaseOrderIncomingInvoiceRelation` (PurchaseOrderPurchaseOrderIncomingInvoiceRelation_search): `tx.purchase_order_purchase_order_incoming_invoice_relation.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_purchase_order_incoming_invoice_relation import (
    ListResponsePurchaseOrderIncomingInvoiceRelation,
)
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    order_out_id: str | Unset = UNSET,
    voucher_id: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /purchaseOrder/purchaseOrderIncomingInvoiceRelation`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["orderOutId"] = order_out_id

    params["voucherId"] = voucher_id

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/purchaseOrder/purchaseOrderIncomingInvoiceRelation",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponsePurchaseOrderIncomingInvoiceRelation | None:
    """The answer as `ListResponsePurchaseOrderIncomingInvoiceRelation`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponsePurchaseOrderIncomingInvoiceRelation.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="PurchaseOrderPurchaseOrderIncomingInvoiceRelation_search",
    group="purchase_order_purchase_order_incoming_invoice_relation",
    name="search",
    method="GET",
    path="/purchaseOrder/purchaseOrderIncomingInvoiceRelation",
    summary="Find purchase order relation to voucher with sent data. Only available for Logistics Basic.",
    parameters=(
        Param("id", "id", "query", False),
        Param("orderOutId", "order_out_id", "query", False),
        Param("voucherId", "voucher_id", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponsePurchaseOrderIncomingInvoiceRelation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
