"""`PUT /invoice/{id}/:createCreditNote` (InvoiceCreateCreditNote_createCreditNote): `tx.invoice.create_credit_note(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.invoice_create_credit_note_create_credit_note_send_type import (
    InvoiceCreateCreditNoteCreateCreditNoteSendType,
)
from ...models.response_wrapper_invoice import ResponseWrapperInvoice
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    date: str,
    comment: str | Unset = UNSET,
    credit_note_email: str | Unset = UNSET,
    send_to_customer: bool | Unset = UNSET,
    send_type: InvoiceCreateCreditNoteCreateCreditNoteSendType | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /invoice/{id}/:createCreditNote`; only the arguments passed are sent."""

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

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/invoice/{id}/:createCreditNote".format(
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
    id="InvoiceCreateCreditNote_createCreditNote",
    group="invoice",
    name="create_credit_note",
    method="PUT",
    path="/invoice/{id}/:createCreditNote",
    summary="Creates a new Invoice representing a credit memo that nullifies the given invoice. Updates this invoice and any pre-existing inverse invoice.",
    parameters=(
        Param("id", "id", "path", True),
        Param("date", "date", "query", True),
        Param("comment", "comment", "query", False),
        Param("creditNoteEmail", "credit_note_email", "query", False),
        Param("sendToCustomer", "send_to_customer", "query", False, True),
        Param("sendType", "send_type", "query", False),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperInvoice"),),
    deprecated=False,
    build=build,
    parse=parse,
)
