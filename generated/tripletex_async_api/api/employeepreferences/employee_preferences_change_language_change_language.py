from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.employee_preferences_change_language_change_language_language import (
    EmployeePreferencesChangeLanguageChangeLanguageLanguage,
)
from ...models.response_wrapper_employee_preferences import ResponseWrapperEmployeePreferences
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    language: EmployeePreferencesChangeLanguageChangeLanguageLanguage | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_language: str | Unset = UNSET
    if not isinstance(language, Unset):
        json_language = language.value

    params["language"] = json_language

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/employee/preferences/:changeLanguage",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperEmployeePreferences | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperEmployeePreferences.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperEmployeePreferences]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    language: EmployeePreferencesChangeLanguageChangeLanguageLanguage | Unset = UNSET,
) -> Response[ResponseWrapperEmployeePreferences]:
    """Change current employees language to the given language

    Args:
        language (EmployeePreferencesChangeLanguageChangeLanguageLanguage | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperEmployeePreferences]
    """

    kwargs = _get_kwargs(
        language=language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    language: EmployeePreferencesChangeLanguageChangeLanguageLanguage | Unset = UNSET,
) -> ResponseWrapperEmployeePreferences | None:
    """Change current employees language to the given language

    Args:
        language (EmployeePreferencesChangeLanguageChangeLanguageLanguage | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperEmployeePreferences
    """

    return (
        await asyncio_detailed(
            client=client,
            language=language,
        )
    ).parsed
