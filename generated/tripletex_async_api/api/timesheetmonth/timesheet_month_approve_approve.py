from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_monthly_status import ListResponseMonthlyStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: int | Unset = UNSET,
    employee_ids: str | Unset = UNSET,
    month_year: str | Unset = UNSET,
    approved_until_date: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["employeeIds"] = employee_ids

    params["monthYear"] = month_year

    params["approvedUntilDate"] = approved_until_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/timesheet/month/:approve",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseMonthlyStatus | None:
    if response.status_code == 200:
        response_200 = ListResponseMonthlyStatus.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseMonthlyStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id: int | Unset = UNSET,
    employee_ids: str | Unset = UNSET,
    month_year: str | Unset = UNSET,
    approved_until_date: str | Unset = UNSET,
) -> Response[ListResponseMonthlyStatus]:
    """approve month(s).  If id is provided the other args are ignored

    Args:
        id (int | Unset):
        employee_ids (str | Unset):
        month_year (str | Unset):
        approved_until_date (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseMonthlyStatus]
    """

    kwargs = _get_kwargs(
        id=id,
        employee_ids=employee_ids,
        month_year=month_year,
        approved_until_date=approved_until_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id: int | Unset = UNSET,
    employee_ids: str | Unset = UNSET,
    month_year: str | Unset = UNSET,
    approved_until_date: str | Unset = UNSET,
) -> ListResponseMonthlyStatus | None:
    """approve month(s).  If id is provided the other args are ignored

    Args:
        id (int | Unset):
        employee_ids (str | Unset):
        month_year (str | Unset):
        approved_until_date (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseMonthlyStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            employee_ids=employee_ids,
            month_year=month_year,
            approved_until_date=approved_until_date,
        )
    ).parsed
