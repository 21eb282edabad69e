from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.invoice_create_reminder_create_reminder_dispatch_type import (
    InvoiceCreateReminderCreateReminderDispatchType,
)
from ...models.invoice_create_reminder_create_reminder_type import InvoiceCreateReminderCreateReminderType
from ...models.response_wrapper_integer import ResponseWrapperInteger
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    type_: InvoiceCreateReminderCreateReminderType,
    date: str,
    include_charge: bool | Unset = False,
    include_interest: bool | Unset = False,
    dispatch_type: InvoiceCreateReminderCreateReminderDispatchType | Unset = UNSET,
    dispatch_types: str | Unset = UNSET,
    sms_number: str | Unset = UNSET,
    email: str | Unset = UNSET,
    address: str | Unset = UNSET,
    postal_code: str | Unset = UNSET,
    city: str | Unset = UNSET,
) -> dict[str, Any]:

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

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/invoice/{id}/:createReminder".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResponseWrapperInteger | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperInteger.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperInteger]:
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
    type_: InvoiceCreateReminderCreateReminderType,
    date: str,
    include_charge: bool | Unset = False,
    include_interest: bool | Unset = False,
    dispatch_type: InvoiceCreateReminderCreateReminderDispatchType | Unset = UNSET,
    dispatch_types: str | Unset = UNSET,
    sms_number: str | Unset = UNSET,
    email: str | Unset = UNSET,
    address: str | Unset = UNSET,
    postal_code: str | Unset = UNSET,
    city: str | Unset = UNSET,
) -> Response[ResponseWrapperInteger]:
    """Create invoice reminder and sends it by the given dispatch type. Supports the reminder types
    SOFT_REMINDER, REMINDER and NOTICE_OF_DEBT_COLLECTION. DispatchType NETS_PRINT must have type
    NOTICE_OF_DEBT_COLLECTION. SMS and NETS_PRINT must be activated prior to usage in the API.

    Args:
        id (int):
        type_ (InvoiceCreateReminderCreateReminderType):
        date (str):
        include_charge (bool | Unset):  Default: False.
        include_interest (bool | Unset):  Default: False.
        dispatch_type (InvoiceCreateReminderCreateReminderDispatchType | Unset):
        dispatch_types (str | Unset):
        sms_number (str | Unset):
        email (str | Unset):
        address (str | Unset):
        postal_code (str | Unset):
        city (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperInteger]
    """

    kwargs = _get_kwargs(
        id=id,
        type_=type_,
        date=date,
        include_charge=include_charge,
        include_interest=include_interest,
        dispatch_type=dispatch_type,
        dispatch_types=dispatch_types,
        sms_number=sms_number,
        email=email,
        address=address,
        postal_code=postal_code,
        city=city,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    type_: InvoiceCreateReminderCreateReminderType,
    date: str,
    include_charge: bool | Unset = False,
    include_interest: bool | Unset = False,
    dispatch_type: InvoiceCreateReminderCreateReminderDispatchType | Unset = UNSET,
    dispatch_types: str | Unset = UNSET,
    sms_number: str | Unset = UNSET,
    email: str | Unset = UNSET,
    address: str | Unset = UNSET,
    postal_code: str | Unset = UNSET,
    city: str | Unset = UNSET,
) -> ResponseWrapperInteger | None:
    """Create invoice reminder and sends it by the given dispatch type. Supports the reminder types
    SOFT_REMINDER, REMINDER and NOTICE_OF_DEBT_COLLECTION. DispatchType NETS_PRINT must have type
    NOTICE_OF_DEBT_COLLECTION. SMS and NETS_PRINT must be activated prior to usage in the API.

    Args:
        id (int):
        type_ (InvoiceCreateReminderCreateReminderType):
        date (str):
        include_charge (bool | Unset):  Default: False.
        include_interest (bool | Unset):  Default: False.
        dispatch_type (InvoiceCreateReminderCreateReminderDispatchType | Unset):
        dispatch_types (str | Unset):
        sms_number (str | Unset):
        email (str | Unset):
        address (str | Unset):
        postal_code (str | Unset):
        city (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperInteger
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            type_=type_,
            date=date,
            include_charge=include_charge,
            include_interest=include_interest,
            dispatch_type=dispatch_type,
            dispatch_types=dispatch_types,
            sms_number=sms_number,
            email=email,
            address=address,
            postal_code=postal_code,
            city=city,
        )
    ).parsed
