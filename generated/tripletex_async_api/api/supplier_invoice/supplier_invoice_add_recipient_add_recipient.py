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
    employee_id: int,
    comment: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["employeeId"] = employee_id

    params["comment"] = comment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/supplierInvoice/{invoice_id}/:addRecipient".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
        "params": params,
    }

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
    invoice_id: int,
    *,
    client: AuthenticatedClient,
    employee_id: int,
    comment: str | Unset = UNSET,
) -> Response[ResponseWrapperSupplierInvoice]:
    """Add recipient to supplier invoices.

    Args:
        invoice_id (int):
        employee_id (int):
        comment (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperSupplierInvoice]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        employee_id=employee_id,
        comment=comment,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: int,
    *,
    client: AuthenticatedClient,
    employee_id: int,
    comment: str | Unset = UNSET,
) -> ResponseWrapperSupplierInvoice | None:
    """Add recipient to supplier invoices.

    Args:
        invoice_id (int):
        employee_id (int):
        comment (str | Unset):

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
            employee_id=employee_id,
            comment=comment,
        )
    ).parsed
