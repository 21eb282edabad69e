from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_project_settings import ResponseWrapperProjectSettings
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    use_nkode: bool | Unset = False,
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["useNkode"] = use_nkode

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/project/settings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperProjectSettings | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperProjectSettings.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperProjectSettings]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    use_nkode: bool | Unset = False,
    fields: str | Unset = "",
) -> Response[ResponseWrapperProjectSettings]:
    """Get project settings of logged in company.

    Args:
        use_nkode (bool | Unset):  Default: False.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperProjectSettings]
    """

    kwargs = _get_kwargs(
        use_nkode=use_nkode,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    use_nkode: bool | Unset = False,
    fields: str | Unset = "",
) -> ResponseWrapperProjectSettings | None:
    """Get project settings of logged in company.

    Args:
        use_nkode (bool | Unset):  Default: False.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperProjectSettings
    """

    return (
        await asyncio_detailed(
            client=client,
            use_nkode=use_nkode,
            fields=fields,
        )
    ).parsed
