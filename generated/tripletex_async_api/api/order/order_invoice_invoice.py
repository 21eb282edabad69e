from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.order_invoice_invoice_create_on_account import OrderInvoiceInvoiceCreateOnAccount
from ...models.order_invoice_invoice_send_type import OrderInvoiceInvoiceSendType
from ...models.response_wrapper_invoice import ResponseWrapperInvoice
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    invoice_date: str,
    send_to_customer: bool | Unset = True,
    send_type: OrderInvoiceInvoiceSendType | Unset = UNSET,
    payment_type_id: int | Unset = UNSET,
    paid_amount: float | Unset = UNSET,
    paid_amount_account_currency: float | Unset = UNSET,
    payment_type_id_rest_amount: int | Unset = UNSET,
    paid_amount_account_currency_rest: float | Unset = UNSET,
    create_on_account: OrderInvoiceInvoiceCreateOnAccount | Unset = UNSET,
    amount_on_account: float | Unset = 0.0,
    on_account_comment: str | Unset = "",
    create_backorder: bool | Unset = False,
    invoice_id_if_is_credit_note: int | Unset = 0,
    override_email_address: str | Unset = UNSET,
) -> dict[str, Any]:

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

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/order/{id}/:invoice".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResponseWrapperInvoice | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperInvoice.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperInvoice]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    invoice_date: str,
    send_to_customer: bool | Unset = True,
    send_type: OrderInvoiceInvoiceSendType | Unset = UNSET,
    payment_type_id: int | Unset = UNSET,
    paid_amount: float | Unset = UNSET,
    paid_amount_account_currency: float | Unset = UNSET,
    payment_type_id_rest_amount: int | Unset = UNSET,
    paid_amount_account_currency_rest: float | Unset = UNSET,
    create_on_account: OrderInvoiceInvoiceCreateOnAccount | Unset = UNSET,
    amount_on_account: float | Unset = 0.0,
    on_account_comment: str | Unset = "",
    create_backorder: bool | Unset = False,
    invoice_id_if_is_credit_note: int | Unset = 0,
    override_email_address: str | Unset = UNSET,
) -> Response[ResponseWrapperInvoice]:
    """Create new invoice or subscription invoice from order.

    Args:
        id (int):
        invoice_date (str):
        send_to_customer (bool | Unset):  Default: True.
        send_type (OrderInvoiceInvoiceSendType | Unset):
        payment_type_id (int | Unset):
        paid_amount (float | Unset):
        paid_amount_account_currency (float | Unset):
        payment_type_id_rest_amount (int | Unset):
        paid_amount_account_currency_rest (float | Unset):
        create_on_account (OrderInvoiceInvoiceCreateOnAccount | Unset):
        amount_on_account (float | Unset):  Default: 0.0.
        on_account_comment (str | Unset):  Default: ''.
        create_backorder (bool | Unset):  Default: False.
        invoice_id_if_is_credit_note (int | Unset):  Default: 0.
        override_email_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperInvoice]
    """

    kwargs = _get_kwargs(
        id=id,
        invoice_date=invoice_date,
        send_to_customer=send_to_customer,
        send_type=send_type,
        payment_type_id=payment_type_id,
        paid_amount=paid_amount,
        paid_amount_account_currency=paid_amount_account_currency,
        payment_type_id_rest_amount=payment_type_id_rest_amount,
        paid_amount_account_currency_rest=paid_amount_account_currency_rest,
        create_on_account=create_on_account,
        amount_on_account=amount_on_account,
        on_account_comment=on_account_comment,
        create_backorder=create_backorder,
        invoice_id_if_is_credit_note=invoice_id_if_is_credit_note,
        override_email_address=override_email_address,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    invoice_date: str,
    send_to_customer: bool | Unset = True,
    send_type: OrderInvoiceInvoiceSendType | Unset = UNSET,
    payment_type_id: int | Unset = UNSET,
    paid_amount: float | Unset = UNSET,
    paid_amount_account_currency: float | Unset = UNSET,
    payment_type_id_rest_amount: int | Unset = UNSET,
    paid_amount_account_currency_rest: float | Unset = UNSET,
    create_on_account: OrderInvoiceInvoiceCreateOnAccount | Unset = UNSET,
    amount_on_account: float | Unset = 0.0,
    on_account_comment: str | Unset = "",
    create_backorder: bool | Unset = False,
    invoice_id_if_is_credit_note: int | Unset = 0,
    override_email_address: str | Unset = UNSET,
) -> ResponseWrapperInvoice | None:
    """Create new invoice or subscription invoice from order.

    Args:
        id (int):
        invoice_date (str):
        send_to_customer (bool | Unset):  Default: True.
        send_type (OrderInvoiceInvoiceSendType | Unset):
        payment_type_id (int | Unset):
        paid_amount (float | Unset):
        paid_amount_account_currency (float | Unset):
        payment_type_id_rest_amount (int | Unset):
        paid_amount_account_currency_rest (float | Unset):
        create_on_account (OrderInvoiceInvoiceCreateOnAccount | Unset):
        amount_on_account (float | Unset):  Default: 0.0.
        on_account_comment (str | Unset):  Default: ''.
        create_backorder (bool | Unset):  Default: False.
        invoice_id_if_is_credit_note (int | Unset):  Default: 0.
        override_email_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperInvoice
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            invoice_date=invoice_date,
            send_to_customer=send_to_customer,
            send_type=send_type,
            payment_type_id=payment_type_id,
            paid_amount=paid_amount,
            paid_amount_account_currency=paid_amount_account_currency,
            payment_type_id_rest_amount=payment_type_id_rest_amount,
            paid_amount_account_currency_rest=paid_amount_account_currency_rest,
            create_on_account=create_on_account,
            amount_on_account=amount_on_account,
            on_account_comment=on_account_comment,
            create_backorder=create_backorder,
            invoice_id_if_is_credit_note=invoice_id_if_is_credit_note,
            override_email_address=override_email_address,
        )
    ).parsed
