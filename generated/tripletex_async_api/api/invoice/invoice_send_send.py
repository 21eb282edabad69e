from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.invoice_send_send_send_type import InvoiceSendSendSendType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    send_type: InvoiceSendSendSendType,
    override_email_address: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_send_type = send_type.value
    params["sendType"] = json_send_type

    params["overrideEmailAddress"] = override_email_address

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/invoice/{id}/:send".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 200:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
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
    send_type: InvoiceSendSendSendType,
    override_email_address: str | Unset = UNSET,
) -> Response[Any]:
    """Send invoice by ID and sendType. Optionally override email recipient.

    Args:
        id (int):
        send_type (InvoiceSendSendSendType):
        override_email_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        id=id,
        send_type=send_type,
        override_email_address=override_email_address,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
