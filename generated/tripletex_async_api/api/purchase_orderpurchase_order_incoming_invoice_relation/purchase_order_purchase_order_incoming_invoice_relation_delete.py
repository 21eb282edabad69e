"""`DELETE /purchaseOrder/purchaseOrderIncomingInvoiceRelation/{id}` (PurchaseOrderPurchaseOrderIncomingInvoiceRelation_delete): `tx.purchase_order_purchase_order_incoming_invoice_relation.delete(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...types import Operation, Param, RequestArgs


def build(
    id: int,
) -> RequestArgs:
    """The request of `DELETE /purchaseOrder/purchaseOrderIncomingInvoiceRelation/{id}`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/purchaseOrder/purchaseOrderIncomingInvoiceRelation/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="PurchaseOrderPurchaseOrderIncomingInvoiceRelation_delete",
    group="purchase_order_purchase_order_incoming_invoice_relation",
    name="delete",
    method="DELETE",
    path="/purchaseOrder/purchaseOrderIncomingInvoiceRelation/{id}",
    summary="Delete purchase order voucher relation. Only available for Logistics Basic.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
