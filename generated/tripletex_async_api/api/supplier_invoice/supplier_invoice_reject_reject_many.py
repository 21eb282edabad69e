from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_supplier_invoice import ListResponseSupplierInvoice
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    comment: str,
    invoice_ids: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["comment"] = comment

    params["invoiceIds"] = invoice_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/supplierInvoice/:reject",
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
    comment: str,
    invoice_ids: str | Unset = UNSET,
) -> Response[ListResponseSupplierInvoice]:
    """reject supplier invoices.

    Args:
        comment (str):
        invoice_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseSupplierInvoice]
    """

    kwargs = _get_kwargs(
        comment=comment,
        invoice_ids=invoice_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    comment: str,
    invoice_ids: str | Unset = UNSET,
) -> ListResponseSupplierInvoice | None:
    """reject supplier invoices.

    Args:
        comment (str):
        invoice_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseSupplierInvoice
    """

    return (
        await asyncio_detailed(
            client=client,
            comment=comment,
            invoice_ids=invoice_ids,
        )
    ).parsed
