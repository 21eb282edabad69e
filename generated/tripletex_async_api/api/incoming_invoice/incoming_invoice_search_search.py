from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_incoming_invoice_aggregate_external_read import (
    ListResponseIncomingInvoiceAggregateExternalRead,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    voucher_id: int | Unset = UNSET,
    invoice_date_from: str | Unset = UNSET,
    invoice_date_to: str | Unset = UNSET,
    invoice_number: str | Unset = UNSET,
    vendor_id: int | Unset = UNSET,
    status: str | Unset = "ledger",
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["voucherId"] = voucher_id

    params["invoiceDateFrom"] = invoice_date_from

    params["invoiceDateTo"] = invoice_date_to

    params["invoiceNumber"] = invoice_number

    params["vendorId"] = vendor_id

    params["status"] = status

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/incomingInvoice/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseIncomingInvoiceAggregateExternalRead | None:
    if response.status_code == 200:
        response_200 = ListResponseIncomingInvoiceAggregateExternalRead.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseIncomingInvoiceAggregateExternalRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    voucher_id: int | Unset = UNSET,
    invoice_date_from: str | Unset = UNSET,
    invoice_date_to: str | Unset = UNSET,
    invoice_number: str | Unset = UNSET,
    vendor_id: int | Unset = UNSET,
    status: str | Unset = "ledger",
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseIncomingInvoiceAggregateExternalRead]:
    """[BETA] Get a list of invoices

     Restricted API for pilot customers

    Args:
        voucher_id (int | Unset):
        invoice_date_from (str | Unset):
        invoice_date_to (str | Unset):
        invoice_number (str | Unset):
        vendor_id (int | Unset):
        status (str | Unset):  Default: 'ledger'.
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseIncomingInvoiceAggregateExternalRead]
    """

    kwargs = _get_kwargs(
        voucher_id=voucher_id,
        invoice_date_from=invoice_date_from,
        invoice_date_to=invoice_date_to,
        invoice_number=invoice_number,
        vendor_id=vendor_id,
        status=status,
        from_=from_,
        count=count,
        sorting=sorting,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    voucher_id: int | Unset = UNSET,
    invoice_date_from: str | Unset = UNSET,
    invoice_date_to: str | Unset = UNSET,
    invoice_number: str | Unset = UNSET,
    vendor_id: int | Unset = UNSET,
    status: str | Unset = "ledger",
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseIncomingInvoiceAggregateExternalRead | None:
    """[BETA] Get a list of invoices

     Restricted API for pilot customers

    Args:
        voucher_id (int | Unset):
        invoice_date_from (str | Unset):
        invoice_date_to (str | Unset):
        invoice_number (str | Unset):
        vendor_id (int | Unset):
        status (str | Unset):  Default: 'ledger'.
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseIncomingInvoiceAggregateExternalRead
    """

    return (
        await asyncio_detailed(
            client=client,
            voucher_id=voucher_id,
            invoice_date_from=invoice_date_from,
            invoice_date_to=invoice_date_to,
            invoice_number=invoice_number,
            vendor_id=vendor_id,
            status=status,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
