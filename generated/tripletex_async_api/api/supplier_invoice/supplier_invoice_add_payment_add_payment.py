from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_supplier_invoice import ResponseWrapperSupplierInvoice
from ...types import UNSET, Response, Unset


def _get_kwargs(
    invoice_id: int,
    *,
    payment_type: int,
    amount: float | Unset = UNSET,
    kid_or_receiver_reference: str | Unset = UNSET,
    bban: str | Unset = UNSET,
    payment_date: str | Unset = UNSET,
    use_default_payment_type: bool | Unset = False,
    partial_payment: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["paymentType"] = payment_type

    params["amount"] = amount

    params["kidOrReceiverReference"] = kid_or_receiver_reference

    params["bban"] = bban

    params["paymentDate"] = payment_date

    params["useDefaultPaymentType"] = use_default_payment_type

    params["partialPayment"] = partial_payment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/supplierInvoice/{invoice_id}/:addPayment".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperSupplierInvoice | None:
    if response.status_code == 201:
        response_201 = ResponseWrapperSupplierInvoice.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperSupplierInvoice]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    invoice_id: int,
    *,
    client: AuthenticatedClient,
    payment_type: int,
    amount: float | Unset = UNSET,
    kid_or_receiver_reference: str | Unset = UNSET,
    bban: str | Unset = UNSET,
    payment_date: str | Unset = UNSET,
    use_default_payment_type: bool | Unset = False,
    partial_payment: bool | Unset = False,
) -> Response[ResponseWrapperSupplierInvoice]:
    """Register payment, paymentType == 0 finds the last paymentType for this vendor.Use of this method
    requires setup done by Tripletex.

    Args:
        invoice_id (int):
        payment_type (int):
        amount (float | Unset):
        kid_or_receiver_reference (str | Unset):
        bban (str | Unset):
        payment_date (str | Unset):
        use_default_payment_type (bool | Unset):  Default: False.
        partial_payment (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperSupplierInvoice]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        payment_type=payment_type,
        amount=amount,
        kid_or_receiver_reference=kid_or_receiver_reference,
        bban=bban,
        payment_date=payment_date,
        use_default_payment_type=use_default_payment_type,
        partial_payment=partial_payment,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: int,
    *,
    client: AuthenticatedClient,
    payment_type: int,
    amount: float | Unset = UNSET,
    kid_or_receiver_reference: str | Unset = UNSET,
    bban: str | Unset = UNSET,
    payment_date: str | Unset = UNSET,
    use_default_payment_type: bool | Unset = False,
    partial_payment: bool | Unset = False,
) -> ResponseWrapperSupplierInvoice | None:
    """Register payment, paymentType == 0 finds the last paymentType for this vendor.Use of this method
    requires setup done by Tripletex.

    Args:
        invoice_id (int):
        payment_type (int):
        amount (float | Unset):
        kid_or_receiver_reference (str | Unset):
        bban (str | Unset):
        payment_date (str | Unset):
        use_default_payment_type (bool | Unset):  Default: False.
        partial_payment (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperSupplierInvoice
    """

    return (
        await asyncio_detailed(
            invoice_id=invoice_id,
            client=client,
            payment_type=payment_type,
            amount=amount,
            kid_or_receiver_reference=kid_or_receiver_reference,
            bban=bban,
            payment_date=payment_date,
            use_default_payment_type=use_default_payment_type,
            partial_payment=partial_payment,
        )
    ).parsed
