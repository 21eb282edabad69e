"""`PUT /supplierInvoice/:reject` (SupplierInvoiceReject_rejectMany): `tx.supplier_invoice.reject_many(...)`."""

from typing import Any

import httpx

from ...models.list_response_supplier_invoice import ListResponseSupplierInvoice
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    comment: str,
    invoice_ids: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /supplierInvoice/:reject`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["comment"] = comment

    params["invoiceIds"] = invoice_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/supplierInvoice/:reject",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseSupplierInvoice | None:
    """The answer as `ListResponseSupplierInvoice`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseSupplierInvoice.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="SupplierInvoiceReject_rejectMany",
    group="supplier_invoice",
    name="reject_many",
    method="PUT",
    path="/supplierInvoice/:reject",
    summary="reject supplier invoices.",
    parameters=(
        Param("comment", "comment", "query", True),
        Param("invoiceIds", "invoice_ids", "query", False),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseSupplierInvoice"),),
    deprecated=False,
    build=build,
    parse=parse,
)
