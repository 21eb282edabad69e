"""`POST /purchaseOrder/purchaseOrderIncomingInvoiceRelation/list` (PurchaseOrderPurchaseOrderIncomingInvoiceRelationList_postList): `tx.purchase_order_purchase_order_incoming_invoice_relation.post_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_purchase_order_incoming_invoice_relation import (
    ListResponsePurchaseOrderIncomingInvoiceRelation,
)
from ...models.purchase_order_incoming_invoice_relation import PurchaseOrderIncomingInvoiceRelation
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[PurchaseOrderIncomingInvoiceRelation],
) -> RequestArgs:
    """The request of `POST /purchaseOrder/purchaseOrderIncomingInvoiceRelation/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/purchaseOrder/purchaseOrderIncomingInvoiceRelation/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponsePurchaseOrderIncomingInvoiceRelation | None:
    """The answer as `ListResponsePurchaseOrderIncomingInvoiceRelation`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponsePurchaseOrderIncomingInvoiceRelation.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="PurchaseOrderPurchaseOrderIncomingInvoiceRelationList_postList",
    group="purchase_order_purchase_order_incoming_invoice_relation",
    name="post_list",
    method="POST",
    path="/purchaseOrder/purchaseOrderIncomingInvoiceRelation/list",
    summary="Create a new list of relations between purchase order and voucher. Only available for Logistics Basic.",
    parameters=(),
    paginated=False,
    body_type="list[PurchaseOrderIncomingInvoiceRelation]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponsePurchaseOrderIncomingInvoiceRelation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
