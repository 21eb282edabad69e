from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_time_clock import ListResponseTimeClock
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    employee_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    activity_id: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    hour_id: str | Unset = UNSET,
    is_running: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["employeeId"] = employee_id

    params["projectId"] = project_id

    params["activityId"] = activity_id

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["hourId"] = hour_id

    params["isRunning"] = is_running

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/timesheet/timeClock",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListResponseTimeClock | None:
    if response.status_code == 200:
        response_200 = ListResponseTimeClock.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseTimeClock]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    employee_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    activity_id: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    hour_id: str | Unset = UNSET,
    is_running: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseTimeClock]:
    """Find time clock entries corresponding with sent data.

    Args:
        id (str | Unset):
        employee_id (str | Unset):
        project_id (str | Unset):
        activity_id (str | Unset):
        date_from (str | Unset):
        date_to (str | Unset):
        hour_id (str | Unset):
        is_running (bool | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseTimeClock]
    """

    kwargs = _get_kwargs(
        id=id,
        employee_id=employee_id,
        project_id=project_id,
        activity_id=activity_id,
        date_from=date_from,
        date_to=date_to,
        hour_id=hour_id,
        is_running=is_running,
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
    id: str | Unset = UNSET,
    employee_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    activity_id: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    hour_id: str | Unset = UNSET,
    is_running: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseTimeClock | None:
    """Find time clock entries corresponding with sent data.

    Args:
        id (str | Unset):
        employee_id (str | Unset):
        project_id (str | Unset):
        activity_id (str | Unset):
        date_from (str | Unset):
        date_to (str | Unset):
        hour_id (str | Unset):
        is_running (bool | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseTimeClock
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            employee_id=employee_id,
            project_id=project_id,
            activity_id=activity_id,
            date_from=date_from,
            date_to=date_to,
            hour_id=hour_id,
            is_running=is_running,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
