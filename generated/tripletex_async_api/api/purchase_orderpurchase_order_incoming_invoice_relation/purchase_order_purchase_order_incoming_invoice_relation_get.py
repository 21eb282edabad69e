"""`GET /purchaseOrder/purchaseOrderIncomingInvoiceRelation/{id}` (PurchaseOrderPurchaseOrderIncomingInvoiceRelation_get): `tx.purchase_order_purchase_order_incoming_invoice_relation.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_purchase_order_incoming_invoice_relation import (
    ResponseWrapperPurchaseOrderIncomingInvoiceRelation,
)
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /purchaseOrder/purchaseOrderIncomingInvoiceRelation/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/purchaseOrder/purchaseOrderIncomingInvoiceRelation/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperPurchaseOrderIncomingInvoiceRelation | None:
    """The answer as `ResponseWrapperPurchaseOrderIncomingInvoiceRelation`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperPurchaseOrderIncomingInvoiceRelation.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="PurchaseOrderPurchaseOrderIncomingInvoiceRelation_get",
    group="purchase_order_purchase_order_incoming_invoice_relation",
    name="get",
    method="GET",
    path="/purchaseOrder/purchaseOrderIncomingInvoiceRelation/{id}",
    summary="Find purchase order relation to voucher by ID. Only available for Logistics Basic.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperPurchaseOrderIncomingInvoiceRelation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
