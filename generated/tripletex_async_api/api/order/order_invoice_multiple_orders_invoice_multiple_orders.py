"""`PUT /order/:invoiceMultipleOrders` (OrderInvoiceMultipleOrders_invoiceMultipleOrders): `tx.order.invoice_multiple_orders(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_invoice import ResponseWrapperInvoice
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str,
    invoice_date: str,
    send_to_customer: bool | Unset = UNSET,
    create_backorders: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /order/:invoiceMultipleOrders`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["invoiceDate"] = invoice_date

    params["sendToCustomer"] = send_to_customer

    params["createBackorders"] = create_backorders

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/order/:invoiceMultipleOrders",
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
    id="OrderInvoiceMultipleOrders_invoiceMultipleOrders",
    group="order",
    name="invoice_multiple_orders",
    method="PUT",
    path="/order/:invoiceMultipleOrders",
    summary="[BETA] Charges a single customer invoice from multiple orders. The orders must be to the same customer, currency, due date, receiver email, attn. and smsNotificationNumber",
    parameters=(
        Param("id", "id", "query", True),
        Param("invoiceDate", "invoice_date", "query", True),
        Param("sendToCustomer", "send_to_customer", "query", False, True),
        Param("createBackorders", "create_backorders", "query", False, False),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperInvoice"),),
    deprecated=False,
    build=build,
    parse=parse,
)
