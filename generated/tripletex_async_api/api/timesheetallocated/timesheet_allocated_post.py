from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_timesheet_allocated import ResponseWrapperTimesheetAllocated
from ...models.timesheet_allocated import TimesheetAllocated
from ...types import Response, request_body_serialization


def _get_kwargs(
    *,
    body: TimesheetAllocated,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/timesheet/allocated",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperTimesheetAllocated | None:
    if response.status_code == 201:
        response_201 = ResponseWrapperTimesheetAllocated.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperTimesheetAllocated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TimesheetAllocated,
) -> Response[ResponseWrapperTimesheetAllocated]:
    """Add new allocated hour entry. Only one entry per employee/date/activity/project combination is
    supported. Only holiday/vacation hours can receive comments. A notification will be sent to the
    entry's employee if the entry has a comment.

    Args:
        body (TimesheetAllocated):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperTimesheetAllocated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TimesheetAllocated,
) -> ResponseWrapperTimesheetAllocated | None:
    """Add new allocated hour entry. Only one entry per employee/date/activity/project combination is
    supported. Only holiday/vacation hours can receive comments. A notification will be sent to the
    entry's employee if the entry has a comment.

    Args:
        body (TimesheetAllocated):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperTimesheetAllocated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
