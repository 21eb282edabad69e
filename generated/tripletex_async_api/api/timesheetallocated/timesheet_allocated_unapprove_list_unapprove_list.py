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
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    manager_comment: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    params["employeeIds"] = employee_ids

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["managerComment"] = manager_comment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/timesheet/allocated/:unapproveList",
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
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    manager_comment: str | Unset = UNSET,
) -> Response[ListResponseTimesheetAllocated]:
    """Only for allocated hours on the company's internal holiday/vacation activity. Mark the allocated
    hour entry/entries as unapproved. Notifications will be sent to the entries' employees if the
    entries' approval statuses or comments have changed. If IDs are provided, the other args are
    ignored.

    Args:
        ids (str | Unset):
        employee_ids (str | Unset):
        date_from (str | Unset):
        date_to (str | Unset):
        manager_comment (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseTimesheetAllocated]
    """

    kwargs = _get_kwargs(
        ids=ids,
        employee_ids=employee_ids,
        date_from=date_from,
        date_to=date_to,
        manager_comment=manager_comment,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    ids: str | Unset = UNSET,
    employee_ids: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    manager_comment: str | Unset = UNSET,
) -> ListResponseTimesheetAllocated | None:
    """Only for allocated hours on the company's internal holiday/vacation activity. Mark the allocated
    hour entry/entries as unapproved. Notifications will be sent to the entries' employees if the
    entries' approval statuses or comments have changed. If IDs are provided, the other args are
    ignored.

    Args:
        ids (str | Unset):
        employee_ids (str | Unset):
        date_from (str | Unset):
        date_to (str | Unset):
        manager_comment (str | Unset):

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
            date_from=date_from,
            date_to=date_to,
            manager_comment=manager_comment,
        )
    ).parsed
