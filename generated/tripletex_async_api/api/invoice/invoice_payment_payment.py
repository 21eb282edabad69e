from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_invoice import ResponseWrapperInvoice
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    payment_date: str,
    payment_type_id: int,
    paid_amount: float,
    paid_amount_currency: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["paymentDate"] = payment_date

    params["paymentTypeId"] = payment_type_id

    params["paidAmount"] = paid_amount

    params["paidAmountCurrency"] = paid_amount_currency

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/invoice/{id}/:payment".format(
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
    payment_date: str,
    payment_type_id: int,
    paid_amount: float,
    paid_amount_currency: float | Unset = UNSET,
) -> Response[ResponseWrapperInvoice]:
    """Update invoice. The invoice is updated with payment information. The amount is in the invoice’s
    currency.

    Args:
        id (int):
        payment_date (str):
        payment_type_id (int):
        paid_amount (float):
        paid_amount_currency (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperInvoice]
    """

    kwargs = _get_kwargs(
        id=id,
        payment_date=payment_date,
        payment_type_id=payment_type_id,
        paid_amount=paid_amount,
        paid_amount_currency=paid_amount_currency,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    payment_date: str,
    payment_type_id: int,
    paid_amount: float,
    paid_amount_currency: float | Unset = UNSET,
) -> ResponseWrapperInvoice | None:
    """Update invoice. The invoice is updated with payment information. The amount is in the invoice’s
    currency.

    Args:
        id (int):
        payment_date (str):
        payment_type_id (int):
        paid_amount (float):
        paid_amount_currency (float | Unset):

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
            payment_date=payment_date,
            payment_type_id=payment_type_id,
            paid_amount=paid_amount,
            paid_amount_currency=paid_amount_currency,
        )
    ).parsed
