from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_big_decimal import ResponseWrapperBigDecimal
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    employee_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["employeeId"] = employee_id

    params["startDate"] = start_date

    params["endDate"] = end_date

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/timesheet/entry/>totalHours",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperBigDecimal | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperBigDecimal.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperBigDecimal]:
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
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    fields: str | Unset = "",
) -> Response[ResponseWrapperBigDecimal]:
    """Find total hours registered on an employee in a specific period.

    Args:
        employee_id (int | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperBigDecimal]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        start_date=start_date,
        end_date=end_date,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    employee_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    fields: str | Unset = "",
) -> ResponseWrapperBigDecimal | None:
    """Find total hours registered on an employee in a specific period.

    Args:
        employee_id (int | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperBigDecimal
    """

    return (
        await asyncio_detailed(
            client=client,
            employee_id=employee_id,
            start_date=start_date,
            end_date=end_date,
            fields=fields,
        )
    ).parsed
