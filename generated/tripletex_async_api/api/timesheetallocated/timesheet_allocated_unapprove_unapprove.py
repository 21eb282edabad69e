from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_timesheet_allocated import ResponseWrapperTimesheetAllocated
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    manager_comment: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["managerComment"] = manager_comment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/timesheet/allocated/{id}/:unapprove".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperTimesheetAllocated | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperTimesheetAllocated.from_dict(response.json())

        return response_200

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
    id: int,
    *,
    client: AuthenticatedClient,
    manager_comment: str | Unset = UNSET,
) -> Response[ResponseWrapperTimesheetAllocated]:
    """Only for allocated hours on the company's internal holiday/vacation activity. Mark the allocated
    hour entry as unapproved. A notification will be sent to the entry's employee if the entry's
    approval status or comment has changed.

    Args:
        id (int):
        manager_comment (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperTimesheetAllocated]
    """

    kwargs = _get_kwargs(
        id=id,
        manager_comment=manager_comment,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    manager_comment: str | Unset = UNSET,
) -> ResponseWrapperTimesheetAllocated | None:
    """Only for allocated hours on the company's internal holiday/vacation activity. Mark the allocated
    hour entry as unapproved. A notification will be sent to the entry's employee if the entry's
    approval status or comment has changed.

    Args:
        id (int):
        manager_comment (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperTimesheetAllocated
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            manager_comment=manager_comment,
        )
    ).parsed
