"""`PUT /supplierInvoice/:approve` (SupplierInvoiceApprove_approveMany): `tx.supplier_invoice.approve_many(...)`."""

from typing import Any

import httpx

from ...models.list_response_supplier_invoice import ListResponseSupplierInvoice
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    invoice_ids: str | Unset = UNSET,
    comment: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /supplierInvoice/:approve`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["invoiceIds"] = invoice_ids

    params["comment"] = comment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/supplierInvoice/:approve",
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
    id="SupplierInvoiceApprove_approveMany",
    group="supplier_invoice",
    name="approve_many",
    method="PUT",
    path="/supplierInvoice/:approve",
    summary="Approve supplier invoices.",
    parameters=(
        Param("invoiceIds", "invoice_ids", "query", False),
        Param("comment", "comment", "query", False),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseSupplierInvoice"),),
    deprecated=False,
    build=build,
    parse=parse,
)
