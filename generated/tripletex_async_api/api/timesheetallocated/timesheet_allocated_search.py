from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_timesheet_allocated import ListResponseTimesheetAllocated
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ids: str | Unset = UNSET,
    employee_ids: str | Unset = UNSET,
    project_ids: str | Unset = UNSET,
    activity_ids: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    params["employeeIds"] = employee_ids

    params["projectIds"] = project_ids

    params["activityIds"] = activity_ids

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/timesheet/allocated",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseTimesheetAllocated | None:
    if response.status_code == 200:
        response_200 = ListResponseTimesheetAllocated.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseTimesheetAllocated]:
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
    project_ids: str | Unset = UNSET,
    activity_ids: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseTimesheetAllocated]:
    """Find allocated hour entries corresponding with sent data.

    Args:
        ids (str | Unset):
        employee_ids (str | Unset):
        project_ids (str | Unset):
        activity_ids (str | Unset):
        date_from (str | Unset):
        date_to (str | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseTimesheetAllocated]
    """

    kwargs = _get_kwargs(
        ids=ids,
        employee_ids=employee_ids,
        project_ids=project_ids,
        activity_ids=activity_ids,
        date_from=date_from,
        date_to=date_to,
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
    project_ids: str | Unset = UNSET,
    activity_ids: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseTimesheetAllocated | None:
    """Find allocated hour entries corresponding with sent data.

    Args:
        ids (str | Unset):
        employee_ids (str | Unset):
        project_ids (str | Unset):
        activity_ids (str | Unset):
        date_from (str | Unset):
        date_to (str | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseTimesheetAllocated
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
            employee_ids=employee_ids,
            project_ids=project_ids,
            activity_ids=activity_ids,
            date_from=date_from,
            date_to=date_to,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
