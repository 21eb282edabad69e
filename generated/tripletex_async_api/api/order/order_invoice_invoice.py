"""`PUT /order/{id}/:invoice` (OrderInvoice_invoice): `tx.order.invoice(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.order_invoice_invoice_create_on_account import OrderInvoiceInvoiceCreateOnAccount
from ...models.order_invoice_invoice_send_type import OrderInvoiceInvoiceSendType
from ...models.response_wrapper_invoice import ResponseWrapperInvoice
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    invoice_date: str,
    send_to_customer: bool | Unset = UNSET,
    send_type: OrderInvoiceInvoiceSendType | Unset = UNSET,
    payment_type_id: int | Unset = UNSET,
    paid_amount: float | Unset = UNSET,
    paid_amount_account_currency: float | Unset = UNSET,
    payment_type_id_rest_amount: int | Unset = UNSET,
    paid_amount_account_currency_rest: float | Unset = UNSET,
    create_on_account: OrderInvoiceInvoiceCreateOnAccount | Unset = UNSET,
    amount_on_account: float | Unset = UNSET,
    on_account_comment: str | Unset = UNSET,
    create_backorder: bool | Unset = UNSET,
    invoice_id_if_is_credit_note: int | Unset = UNSET,
    override_email_address: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /order/{id}/:invoice`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["invoiceDate"] = invoice_date

    params["sendToCustomer"] = send_to_customer

    json_send_type: str | Unset = UNSET
    if not isinstance(send_type, Unset):
        json_send_type = send_type.value

    params["sendType"] = json_send_type

    params["paymentTypeId"] = payment_type_id

    params["paidAmount"] = paid_amount

    params["paidAmountAccountCurrency"] = paid_amount_account_currency

    params["paymentTypeIdRestAmount"] = payment_type_id_rest_amount

    params["paidAmountAccountCurrencyRest"] = paid_amount_account_currency_rest

    json_create_on_account: str | Unset = UNSET
    if not isinstance(create_on_account, Unset):
        json_create_on_account = create_on_account.value

    params["createOnAccount"] = json_create_on_account

    params["amountOnAccount"] = amount_on_account

    params["onAccountComment"] = on_account_comment

    params["createBackorder"] = create_backorder

    params["invoiceIdIfIsCreditNote"] = invoice_id_if_is_credit_note

    params["overrideEmailAddress"] = override_email_address

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/order/{id}/:invoice".format(
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
    id="OrderInvoice_invoice",
    group="order",
    name="invoice",
    method="PUT",
    path="/order/{id}/:invoice",
    summary="Create new invoice or subscription invoice from order.",
    parameters=(
        Param("id", "id", "path", True),
        Param("invoiceDate", "invoice_date", "query", True),
        Param("sendToCustomer", "send_to_customer", "query", False, True),
        Param("sendType", "send_type", "query", False),
        Param("paymentTypeId", "payment_type_id", "query", False),
        Param("paidAmount", "paid_amount", "query", False),
        Param("paidAmountAccountCurrency", "paid_amount_account_currency", "query", False),
        Param("paymentTypeIdRestAmount", "payment_type_id_rest_amount", "query", False),
        Param("paidAmountAccountCurrencyRest", "paid_amount_account_currency_rest", "query", False),
        Param("createOnAccount", "create_on_account", "query", False),
        Param("amountOnAccount", "amount_on_account", "query", False, 0),
        Param("onAccountComment", "on_account_comment", "query", False, ""),
        Param("createBackorder", "create_backorder", "query", False, False),
        Param("invoiceIdIfIsCreditNote", "invoice_id_if_is_credit_note", "query", False, 0),
        Param("overrideEmailAddress", "override_email_address", "query", False),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperInvoice"),),
    deprecated=False,
    build=build,
    parse=parse,
)
