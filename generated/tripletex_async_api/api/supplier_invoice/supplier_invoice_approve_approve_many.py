from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_supplier_invoice import ListResponseSupplierInvoice
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    invoice_ids: str | Unset = UNSET,
    comment: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["invoiceIds"] = invoice_ids

    params["comment"] = comment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/supplierInvoice/:approve",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseSupplierInvoice | None:
    if response.status_code == 200:
        response_200 = ListResponseSupplierInvoice.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseSupplierInvoice]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    invoice_ids: str | Unset = UNSET,
    comment: str | Unset = UNSET,
) -> Response[ListResponseSupplierInvoice]:
    """Approve supplier invoices.

    Args:
        invoice_ids (str | Unset):
        comment (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseSupplierInvoice]
    """

    kwargs = _get_kwargs(
        invoice_ids=invoice_ids,
        comment=comment,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    invoice_ids: str | Unset = UNSET,
    comment: str | Unset = UNSET,
) -> ListResponseSupplierInvoice | None:
    """Approve supplier invoices.

    Args:
        invoice_ids (str | Unset):
        comment (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseSupplierInvoice
    """

    return (
        await asyncio_detailed(
            client=client,
            invoice_ids=invoice_ids,
            comment=comment,
        )
    ).parsed
