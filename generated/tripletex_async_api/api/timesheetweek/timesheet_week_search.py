from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_week import ListResponseWeek
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ids: str | Unset = UNSET,
    employee_ids: str | Unset = UNSET,
    week_year: str | Unset = UNSET,
    approved_by: int | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    params["employeeIds"] = employee_ids

    params["weekYear"] = week_year

    params["approvedBy"] = approved_by

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/timesheet/week",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListResponseWeek | None:
    if response.status_code == 200:
        response_200 = ListResponseWeek.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ListResponseWeek]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    ids: str | Unset = UNSET,
    employee_ids: str | Unset = UNSET,
    week_year: str | Unset = UNSET,
    approved_by: int | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseWeek]:
    """Find weekly status By ID, week/year combination, employeeId or an approver

    Args:
        ids (str | Unset):
        employee_ids (str | Unset):
        week_year (str | Unset):
        approved_by (int | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseWeek]
    """

    kwargs = _get_kwargs(
        ids=ids,
        employee_ids=employee_ids,
        week_year=week_year,
        approved_by=approved_by,
        from_=from_,
        count=count,
        sorting=sorting,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    ids: str | Unset = UNSET,
    employee_ids: str | Unset = UNSET,
    week_year: str | Unset = UNSET,
    approved_by: int | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseWeek | None:
    """Find weekly status By ID, week/year combination, employeeId or an approver

    Args:
        ids (str | Unset):
        employee_ids (str | Unset):
        week_year (str | Unset):
        approved_by (int | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseWeek
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
            employee_ids=employee_ids,
            week_year=week_year,
            approved_by=approved_by,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
