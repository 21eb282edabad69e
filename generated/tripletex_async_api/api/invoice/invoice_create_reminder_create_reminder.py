"""`PUT /invoice/{id}/:createReminder` (InvoiceCreateReminder_createReminder): `tx.invoice.create_reminder(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.invoice_create_reminder_create_reminder_dispatch_type import (
    InvoiceCreateReminderCreateReminderDispatchType,
)
from ...models.invoice_create_reminder_create_reminder_type import InvoiceCreateReminderCreateReminderType
from ...models.response_wrapper_integer import ResponseWrapperInteger
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    type_: InvoiceCreateReminderCreateReminderType,
    date: str,
    include_charge: bool | Unset = UNSET,
    include_interest: bool | Unset = UNSET,
    dispatch_type: InvoiceCreateReminderCreateReminderDispatchType | Unset = UNSET,
    dispatch_types: str | Unset = UNSET,
    sms_number: str | Unset = UNSET,
    email: str | Unset = UNSET,
    address: str | Unset = UNSET,
    postal_code: str | Unset = UNSET,
    city: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /invoice/{id}/:createReminder`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    json_type_ = type_.value
    params["type"] = json_type_

    params["date"] = date

    params["includeCharge"] = include_charge

    params["includeInterest"] = include_interest

    json_dispatch_type: str | Unset = UNSET
    if not isinstance(dispatch_type, Unset):
        json_dispatch_type = dispatch_type.value

    params["dispatchType"] = json_dispatch_type

    params["dispatchTypes"] = dispatch_types

    params["smsNumber"] = sms_number

    params["email"] = email

    params["address"] = address

    params["postalCode"] = postal_code

    params["city"] = city

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/invoice/{id}/:createReminder".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperInteger | None:
    """The answer as `ResponseWrapperInteger`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperInteger.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="InvoiceCreateReminder_createReminder",
    group="invoice",
    name="create_reminder",
    method="PUT",
    path="/invoice/{id}/:createReminder",
    summary="Create invoice reminder and sends it by the given dispatch type. Supports the reminder types SOFT_REMINDER, REMINDER and NOTICE_OF_DEBT_COLLECTION. DispatchType NETS_PRINT must have type NOTICE_OF_DEBT_COLLECTION. SMS and NETS_PRINT must be activated prior to usage in the API.",
    parameters=(
        Param("id", "id", "path", True),
        Param("type", "type_", "query", True),
        Param("date", "date", "query", True),
        Param("includeCharge", "include_charge", "query", False, False),
        Param("includeInterest", "include_interest", "query", False, False),
        Param("dispatchType", "dispatch_type", "query", False),
        Param("dispatchTypes", "dispatch_types", "query", False),
        Param("smsNumber", "sms_number", "query", False),
        Param("email", "email", "query", False),
        Param("address", "address", "query", False),
        Param("postalCode", "postal_code", "query", False),
        Param("city", "city", "query", False),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperInteger"),),
    deprecated=False,
    build=build,
    parse=parse,
)
