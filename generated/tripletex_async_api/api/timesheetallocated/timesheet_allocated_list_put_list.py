from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_timesheet_allocated import ListResponseTimesheetAllocated
from ...models.timesheet_allocated import TimesheetAllocated
from ...types import Response, request_body_serialization


def _get_kwargs(
    *,
    body: list[TimesheetAllocated],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/timesheet/allocated/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
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
    body: list[TimesheetAllocated],
) -> Response[ListResponseTimesheetAllocated]:
    """Update allocated hour entry. Multiple objects for different users can be sent in the same request.
    Note: Allocated hour entry object fields which are present but not set, or set to 0, will be nulled.
    Only holiday/vacation hours can receive comments. Notifications will be sent to the entries'
    employees if the entries' comments have changed.

    Args:
        body (list[TimesheetAllocated]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseTimesheetAllocated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: list[TimesheetAllocated],
) -> ListResponseTimesheetAllocated | None:
    """Update allocated hour entry. Multiple objects for different users can be sent in the same request.
    Note: Allocated hour entry object fields which are present but not set, or set to 0, will be nulled.
    Only holiday/vacation hours can receive comments. Notifications will be sent to the entries'
    employees if the entries' comments have changed.

    Args:
        body (list[TimesheetAllocated]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseTimesheetAllocated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
