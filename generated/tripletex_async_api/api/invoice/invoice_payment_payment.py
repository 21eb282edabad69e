"""`PUT /invoice/{id}/:payment` (InvoicePayment_payment): `tx.invoice.payment(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_invoice import ResponseWrapperInvoice
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    payment_date: str,
    payment_type_id: int,
    paid_amount: float,
    paid_amount_currency: float | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /invoice/{id}/:payment`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["paymentDate"] = payment_date

    params["paymentTypeId"] = payment_type_id

    params["paidAmount"] = paid_amount

    params["paidAmountCurrency"] = paid_amount_currency

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/invoice/{id}/:payment".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperInvoice | None:
    """The answer as `ResponseWrapperInvoice`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperInvoice.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="InvoicePayment_payment",
    group="invoice",
    name="payment",
    method="PUT",
    path="/invoice/{id}/:payment",
    summary="Update invoice. The invoice is updated with payment information. The amount is in the invoice’s currency.",
    parameters=(
        Param("id", "id", "path", True),
        Param("paymentDate", "payment_date", "query", True),
        Param("paymentTypeId", "payment_type_id", "query", True),
        Param("paidAmount", "paid_amount", "query", True),
        Param("paidAmountCurrency", "paid_amount_currency", "query", False),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperInvoice"),),
    deprecated=False,
    build=build,
    parse=parse,
)
