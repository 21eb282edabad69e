"""`PUT /supplierInvoice/{invoiceId}/:approve` (SupplierInvoiceApprove_approve): `tx.supplier_invoice.approve(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_supplier_invoice import ResponseWrapperSupplierInvoice
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    invoice_id: int,
    *,
    comment: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /supplierInvoice/{invoiceId}/:approve`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["comment"] = comment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/supplierInvoice/{invoice_id}/:approve".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperSupplierInvoice | None:
    """The answer as `ResponseWrapperSupplierInvoice`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperSupplierInvoice.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="SupplierInvoiceApprove_approve",
    group="supplier_invoice",
    name="approve",
    method="PUT",
    path="/supplierInvoice/{invoiceId}/:approve",
    summary="Approve supplier invoice.",
    parameters=(
        Param("invoiceId", "invoice_id", "path", True),
        Param("comment", "comment", "query", False),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperSupplierInvoice"),),
    deprecated=False,
    build=build,
    parse=parse,
)
