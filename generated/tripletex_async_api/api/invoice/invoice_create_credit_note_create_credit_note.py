from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.invoice_create_credit_note_create_credit_note_send_type import (
    InvoiceCreateCreditNoteCreateCreditNoteSendType,
)
from ...models.response_wrapper_invoice import ResponseWrapperInvoice
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    date: str,
    comment: str | Unset = UNSET,
    credit_note_email: str | Unset = UNSET,
    send_to_customer: bool | Unset = True,
    send_type: InvoiceCreateCreditNoteCreateCreditNoteSendType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["date"] = date

    params["comment"] = comment

    params["creditNoteEmail"] = credit_note_email

    params["sendToCustomer"] = send_to_customer

    json_send_type: str | Unset = UNSET
    if not isinstance(send_type, Unset):
        json_send_type = send_type.value

    params["sendType"] = json_send_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/invoice/{id}/:createCreditNote".format(
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
    date: str,
    comment: str | Unset = UNSET,
    credit_note_email: str | Unset = UNSET,
    send_to_customer: bool | Unset = True,
    send_type: InvoiceCreateCreditNoteCreateCreditNoteSendType | Unset = UNSET,
) -> Response[ResponseWrapperInvoice]:
    """Creates a new Invoice representing a credit memo that nullifies the given invoice. Updates this
    invoice and any pre-existing inverse invoice.

    Args:
        id (int):
        date (str):
        comment (str | Unset):
        credit_note_email (str | Unset):
        send_to_customer (bool | Unset):  Default: True.
        send_type (InvoiceCreateCreditNoteCreateCreditNoteSendType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperInvoice]
    """

    kwargs = _get_kwargs(
        id=id,
        date=date,
        comment=comment,
        credit_note_email=credit_note_email,
        send_to_customer=send_to_customer,
        send_type=send_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    date: str,
    comment: str | Unset = UNSET,
    credit_note_email: str | Unset = UNSET,
    send_to_customer: bool | Unset = True,
    send_type: InvoiceCreateCreditNoteCreateCreditNoteSendType | Unset = UNSET,
) -> ResponseWrapperInvoice | None:
    """Creates a new Invoice representing a credit memo that nullifies the given invoice. Updates this
    invoice and any pre-existing inverse invoice.

    Args:
        id (int):
        date (str):
        comment (str | Unset):
        credit_note_email (str | Unset):
        send_to_customer (bool | Unset):  Default: True.
        send_type (InvoiceCreateCreditNoteCreateCreditNoteSendType | Unset):

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
            date=date,
            comment=comment,
            credit_note_email=credit_note_email,
            send_to_customer=send_to_customer,
            send_type=send_type,
        )
    ).parsed
