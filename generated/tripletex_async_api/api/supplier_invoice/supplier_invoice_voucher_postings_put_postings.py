from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.order_line_posting import OrderLinePosting
from ...models.response_wrapper_supplier_invoice import ResponseWrapperSupplierInvoice
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    id: int,
    *,
    body: list[OrderLinePosting],
    send_to_ledger: bool | Unset = False,
    voucher_date: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["sendToLedger"] = send_to_ledger

    params["voucherDate"] = voucher_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/supplierInvoice/voucher/{id}/postings".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperSupplierInvoice | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperSupplierInvoice.from_dict(response.json())

        return response_200

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
    id: int,
    *,
    client: AuthenticatedClient,
    body: list[OrderLinePosting],
    send_to_ledger: bool | Unset = False,
    voucher_date: str | Unset = UNSET,
) -> Response[ResponseWrapperSupplierInvoice]:
    """[BETA] Put debit postings.

    Args:
        id (int):
        send_to_ledger (bool | Unset):  Default: False.
        voucher_date (str | Unset):
        body (list[OrderLinePosting]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperSupplierInvoice]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        send_to_ledger=send_to_ledger,
        voucher_date=voucher_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: list[OrderLinePosting],
    send_to_ledger: bool | Unset = False,
    voucher_date: str | Unset = UNSET,
) -> ResponseWrapperSupplierInvoice | None:
    """[BETA] Put debit postings.

    Args:
        id (int):
        send_to_ledger (bool | Unset):  Default: False.
        voucher_date (str | Unset):
        body (list[OrderLinePosting]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperSupplierInvoice
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            send_to_ledger=send_to_ledger,
            voucher_date=voucher_date,
        )
    ).parsed
