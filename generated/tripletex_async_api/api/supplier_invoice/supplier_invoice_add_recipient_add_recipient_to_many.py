"""`PUT /supplierInvoice/:addRecipient` (SupplierInvoiceAddRecipient_addRecipientToMany): `tx.supplier_invoice.add_recipient_to_many(...)`."""

from typing import Any

import httpx

from ...models.list_response_supplier_invoice import ListResponseSupplierInvoice
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    employee_id: int,
    invoice_ids: str | Unset = UNSET,
    comment: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /supplierInvoice/:addRecipient`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["employeeId"] = employee_id

    params["invoiceIds"] = invoice_ids

    params["comment"] = comment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/supplierInvoice/:addRecipient",
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
    id="SupplierInvoiceAddRecipient_addRecipientToMany",
    group="supplier_invoice",
    name="add_recipient_to_many",
    method="PUT",
    path="/supplierInvoice/:addRecipient",
    summary="Add recipient.",
    parameters=(
        Param("employeeId", "employee_id", "query", True),
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
