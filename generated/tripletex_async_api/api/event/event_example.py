from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_event_info import ResponseWrapperEventInfo
from ...types import UNSET, Response, Unset


def _get_kwargs(
    event_type: str,
    *,
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/event/{event_type}".format(
            event_type=quote(str(event_type), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperEventInfo | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperEventInfo.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperEventInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    event_type: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = "",
) -> Response[ResponseWrapperEventInfo]:
    """[BETA] Get example webhook payload

    Args:
        event_type (str):
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperEventInfo]
    """

    kwargs = _get_kwargs(
        event_type=event_type,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_type: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = "",
) -> ResponseWrapperEventInfo | None:
    """[BETA] Get example webhook payload

    Args:
        event_type (str):
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperEventInfo
    """

    return (
        await asyncio_detailed(
            event_type=event_type,
            client=client,
            fields=fields,
        )
    ).parsed
