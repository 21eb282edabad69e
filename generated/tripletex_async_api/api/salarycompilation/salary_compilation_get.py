from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_salary_compilation import ResponseWrapperSalaryCompilation
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    employee_id: int,
    year: int | Unset = UNSET,
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["employeeId"] = employee_id

    params["year"] = year

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/salary/compilation",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperSalaryCompilation | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperSalaryCompilation.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperSalaryCompilation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    employee_id: int,
    year: int | Unset = UNSET,
    fields: str | Unset = "",
) -> Response[ResponseWrapperSalaryCompilation]:
    """Find salary compilation by employee.

    Args:
        employee_id (int):
        year (int | Unset):
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperSalaryCompilation]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        year=year,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    employee_id: int,
    year: int | Unset = UNSET,
    fields: str | Unset = "",
) -> ResponseWrapperSalaryCompilation | None:
    """Find salary compilation by employee.

    Args:
        employee_id (int):
        year (int | Unset):
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperSalaryCompilation
    """

    return (
        await asyncio_detailed(
            client=client,
            employee_id=employee_id,
            year=year,
            fields=fields,
        )
    ).parsed
