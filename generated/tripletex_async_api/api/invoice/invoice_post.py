"""`POST /invoice` (Invoice_post): `tx.invoice.post(...)`."""

from typing import Any

import httpx

from ...models.invoice import Invoice
from ...models.response_wrapper_invoice import ResponseWrapperInvoice
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: Invoice,
    send_to_customer: bool | Unset = UNSET,
    payment_type_id: int | Unset = UNSET,
    paid_amount: float | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /invoice`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["sendToCustomer"] = send_to_customer

    params["paymentTypeId"] = payment_type_id

    params["paidAmount"] = paid_amount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/invoice",
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperInvoice | None:
    """The answer as `ResponseWrapperInvoice`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperInvoice.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="Invoice_post",
    group="invoice",
    name="post",
    method="POST",
    path="/invoice",
    summary="Create invoice. Related Order and OrderLines can be created first, or included as new objects inside the Invoice.",
    parameters=(
        Param("sendToCustomer", "send_to_customer", "query", False, True),
        Param("paymentTypeId", "payment_type_id", "query", False),
        Param("paidAmount", "paid_amount", "query", False),
    ),
    paginated=False,
    body_type="Invoice",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperInvoice"),),
    deprecated=False,
    build=build,
    parse=parse,
)
