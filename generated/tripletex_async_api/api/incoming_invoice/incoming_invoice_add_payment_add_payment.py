"""`POST /incomingInvoice/{voucherId}/addPayment` (IncomingInvoiceAddPayment_addPayment): `tx.incoming_invoice.add_payment(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.incoming_invoice_payment_external_write import IncomingInvoicePaymentExternalWrite
from ...models.response_wrapper_incoming_invoice_payment_result import ResponseWrapperIncomingInvoicePaymentResult
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    voucher_id: int,
    *,
    body: IncomingInvoicePaymentExternalWrite,
) -> RequestArgs:
    """The request of `POST /incomingInvoice/{voucherId}/addPayment`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/incomingInvoice/{voucher_id}/addPayment".format(
            voucher_id=quote(str(voucher_id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperIncomingInvoicePaymentResult | None:
    """The answer as `ResponseWrapperIncomingInvoicePaymentResult`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperIncomingInvoicePaymentResult.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="IncomingInvoiceAddPayment_addPayment",
    group="incoming_invoice",
    name="add_payment",
    method="POST",
    path="/incomingInvoice/{voucherId}/addPayment",
    summary="[BETA] create a payment for voucher/invoice",
    parameters=(Param("voucherId", "voucher_id", "path", True),),
    paginated=False,
    body_type="IncomingInvoicePaymentExternalWrite",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperIncomingInvoicePaymentResult"),),
    deprecated=False,
    build=build,
    parse=parse,
)
