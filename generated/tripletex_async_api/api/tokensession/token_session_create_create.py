from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_session_token import ResponseWrapperSessionToken
from ...types import UNSET, Response


def _get_kwargs(
    *,
    consumer_token: str,
    employee_token: str,
    expiration_date: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["consumerToken"] = consumer_token

    params["employeeToken"] = employee_token

    params["expirationDate"] = expiration_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/token/session/:create",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperSessionToken | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperSessionToken.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperSessionToken]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    consumer_token: str,
    employee_token: str,
    expiration_date: str,
) -> Response[ResponseWrapperSessionToken]:
    """Create session token.

     Legacy endpoint using query parameters. Please use POST :create to create session tokens.

    Args:
        consumer_token (str):
        employee_token (str):
        expiration_date (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperSessionToken]
    """

    kwargs = _get_kwargs(
        consumer_token=consumer_token,
        employee_token=employee_token,
        expiration_date=expiration_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    consumer_token: str,
    employee_token: str,
    expiration_date: str,
) -> ResponseWrapperSessionToken | None:
    """Create session token.

     Legacy endpoint using query parameters. Please use POST :create to create session tokens.

    Args:
        consumer_token (str):
        employee_token (str):
        expiration_date (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperSessionToken
    """

    return (
        await asyncio_detailed(
            client=client,
            consumer_token=consumer_token,
            employee_token=employee_token,
            expiration_date=expiration_date,
        )
    ).parsed
