"""`POST /supplierInvoice/{invoiceId}/:addPayment` (SupplierInvoiceAddPayment_addPayment): `tx.supplier_invoice.add_payment(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_supplier_invoice import ResponseWrapperSupplierInvoice
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    invoice_id: int,
    *,
    payment_type: int,
    amount: float | Unset = UNSET,
    kid_or_receiver_reference: str | Unset = UNSET,
    bban: str | Unset = UNSET,
    payment_date: str | Unset = UNSET,
    use_default_payment_type: bool | Unset = UNSET,
    partial_payment: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /supplierInvoice/{invoiceId}/:addPayment`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["paymentType"] = payment_type

    params["amount"] = amount

    params["kidOrReceiverReference"] = kid_or_receiver_reference

    params["bban"] = bban

    params["paymentDate"] = payment_date

    params["useDefaultPaymentType"] = use_default_payment_type

    params["partialPayment"] = partial_payment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/supplierInvoice/{invoice_id}/:addPayment".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperSupplierInvoice | None:
    """The answer as `ResponseWrapperSupplierInvoice`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperSupplierInvoice.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="SupplierInvoiceAddPayment_addPayment",
    group="supplier_invoice",
    name="add_payment",
    method="POST",
    path="/supplierInvoice/{invoiceId}/:addPayment",
    summary="Register payment, paymentType == 0 finds the last paymentType for this vendor.Use of this method requires setup done by Tripletex.",
    parameters=(
        Param("invoiceId", "invoice_id", "path", True),
        Param("paymentType", "payment_type", "query", True),
        Param("amount", "amount", "query", False),
        Param("kidOrReceiverReference", "kid_or_receiver_reference", "query", False),
        Param("bban", "bban", "query", False),
        Param("paymentDate", "payment_date", "query", False),
        Param("useDefaultPaymentType", "use_default_payment_type", "query", False, False),
        Param("partialPayment", "partial_payment", "query", False, False),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((201, "ResponseWrapperSupplierInvoice"),),
    deprecated=False,
    build=build,
    parse=parse,
)
