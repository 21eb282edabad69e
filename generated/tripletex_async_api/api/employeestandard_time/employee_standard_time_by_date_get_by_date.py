from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_standard_time import ResponseWrapperStandardTime
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    employee_id: int | Unset = UNSET,
    date: str | Unset = UNSET,
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["employeeId"] = employee_id

    params["date"] = date

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/employee/standardTime/byDate",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperStandardTime | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperStandardTime.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperStandardTime]:
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
    date: str | Unset = UNSET,
    fields: str | Unset = "",
) -> Response[ResponseWrapperStandardTime]:
    """Find standard time for employee by date.

    Args:
        employee_id (int | Unset):
        date (str | Unset):
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperStandardTime]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        date=date,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    employee_id: int | Unset = UNSET,
    date: str | Unset = UNSET,
    fields: str | Unset = "",
) -> ResponseWrapperStandardTime | None:
    """Find standard time for employee by date.

    Args:
        employee_id (int | Unset):
        date (str | Unset):
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperStandardTime
    """

    return (
        await asyncio_detailed(
            client=client,
            employee_id=employee_id,
            date=date,
            fields=fields,
        )
    ).parsed
