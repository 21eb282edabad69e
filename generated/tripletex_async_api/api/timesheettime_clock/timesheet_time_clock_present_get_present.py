from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_time_clock import ResponseWrapperTimeClock
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    employee_id: int | Unset = UNSET,
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["employeeId"] = employee_id

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/timesheet/timeClock/present",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperTimeClock | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperTimeClock.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperTimeClock]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    employee_id: int | Unset = UNSET,
    fields: str | Unset = "",
) -> Response[ResponseWrapperTimeClock]:
    """Find a user’s present running time clock.

    Args:
        employee_id (int | Unset):
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperTimeClock]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    employee_id: int | Unset = UNSET,
    fields: str | Unset = "",
) -> ResponseWrapperTimeClock | None:
    """Find a user’s present running time clock.

    Args:
        employee_id (int | Unset):
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperTimeClock
    """

    return (
        await asyncio_detailed(
            client=client,
            employee_id=employee_id,
            fields=fields,
        )
    ).parsed
