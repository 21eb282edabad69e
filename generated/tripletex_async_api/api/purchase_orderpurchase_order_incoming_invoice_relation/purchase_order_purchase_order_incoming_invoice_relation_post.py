"""`POST /purchaseOrder/purchaseOrderIncomingInvoiceRelation` (PurchaseOrderPurchaseOrderIncomingInvoiceRelation_post): `tx.purchase_order_purchase_order_incoming_invoice_relation.post(...)`."""

from typing import Any

import httpx

from ...models.purchase_order_incoming_invoice_relation import PurchaseOrderIncomingInvoiceRelation
from ...models.response_wrapper_purchase_order_incoming_invoice_relation import (
    ResponseWrapperPurchaseOrderIncomingInvoiceRelation,
)
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: PurchaseOrderIncomingInvoiceRelation,
) -> RequestArgs:
    """The request of `POST /purchaseOrder/purchaseOrderIncomingInvoiceRelation`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/purchaseOrder/purchaseOrderIncomingInvoiceRelation",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperPurchaseOrderIncomingInvoiceRelation | None:
    """The answer as `ResponseWrapperPurchaseOrderIncomingInvoiceRelation`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperPurchaseOrderIncomingInvoiceRelation.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="PurchaseOrderPurchaseOrderIncomingInvoiceRelation_post",
    group="purchase_order_purchase_order_incoming_invoice_relation",
    name="post",
    method="POST",
    path="/purchaseOrder/purchaseOrderIncomingInvoiceRelation",
    summary="Create new relation between purchase order and a voucher. Only available for Logistics Basic.",
    parameters=(),
    paginated=False,
    body_type="PurchaseOrderIncomingInvoiceRelation",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperPurchaseOrderIncomingInvoiceRelation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
