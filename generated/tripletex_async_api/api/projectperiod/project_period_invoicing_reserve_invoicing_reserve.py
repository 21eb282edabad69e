from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_project_period_invoicing_reserve import ResponseWrapperProjectPeriodInvoicingReserve
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    date_from: str,
    date_to: str,
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/project/{id}/period/invoicingReserve".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperProjectPeriodInvoicingReserve | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperProjectPeriodInvoicingReserve.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperProjectPeriodInvoicingReserve]:
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
    date_from: str,
    date_to: str,
    fields: str | Unset = "",
) -> Response[ResponseWrapperProjectPeriodInvoicingReserve]:
    """Find invoicing reserve by project period.

    Args:
        id (int):
        date_from (str):
        date_to (str):
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperProjectPeriodInvoicingReserve]
    """

    kwargs = _get_kwargs(
        id=id,
        date_from=date_from,
        date_to=date_to,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    date_from: str,
    date_to: str,
    fields: str | Unset = "",
) -> ResponseWrapperProjectPeriodInvoicingReserve | None:
    """Find invoicing reserve by project period.

    Args:
        id (int):
        date_from (str):
        date_to (str):
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperProjectPeriodInvoicingReserve
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            date_from=date_from,
            date_to=date_to,
            fields=fields,
        )
    ).parsed
