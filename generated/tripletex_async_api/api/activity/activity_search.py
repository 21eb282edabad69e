from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_activity import ListResponseActivity
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    number: str | Unset = UNSET,
    description: str | Unset = UNSET,
    is_project_activity: bool | Unset = UNSET,
    is_general: bool | Unset = UNSET,
    is_chargeable: bool | Unset = UNSET,
    is_task: bool | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["name"] = name

    params["number"] = number

    params["description"] = description

    params["isProjectActivity"] = is_project_activity

    params["isGeneral"] = is_general

    params["isChargeable"] = is_chargeable

    params["isTask"] = is_task

    params["isInactive"] = is_inactive

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activity",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListResponseActivity | None:
    if response.status_code == 200:
        response_200 = ListResponseActivity.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseActivity]:
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
    name: str | Unset = UNSET,
    number: str | Unset = UNSET,
    description: str | Unset = UNSET,
    is_project_activity: bool | Unset = UNSET,
    is_general: bool | Unset = UNSET,
    is_chargeable: bool | Unset = UNSET,
    is_task: bool | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseActivity]:
    """Find activities corresponding with sent data.

    Args:
        id (str | Unset):
        name (str | Unset):
        number (str | Unset):
        description (str | Unset):
        is_project_activity (bool | Unset):
        is_general (bool | Unset):
        is_chargeable (bool | Unset):
        is_task (bool | Unset):
        is_inactive (bool | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseActivity]
    """

    kwargs = _get_kwargs(
        id=id,
        name=name,
        number=number,
        description=description,
        is_project_activity=is_project_activity,
        is_general=is_general,
        is_chargeable=is_chargeable,
        is_task=is_task,
        is_inactive=is_inactive,
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
    name: str | Unset = UNSET,
    number: str | Unset = UNSET,
    description: str | Unset = UNSET,
    is_project_activity: bool | Unset = UNSET,
    is_general: bool | Unset = UNSET,
    is_chargeable: bool | Unset = UNSET,
    is_task: bool | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseActivity | None:
    """Find activities corresponding with sent data.

    Args:
        id (str | Unset):
        name (str | Unset):
        number (str | Unset):
        description (str | Unset):
        is_project_activity (bool | Unset):
        is_general (bool | Unset):
        is_chargeable (bool | Unset):
        is_task (bool | Unset):
        is_inactive (bool | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseActivity
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            name=name,
            number=number,
            description=description,
            is_project_activity=is_project_activity,
            is_general=is_general,
            is_chargeable=is_chargeable,
            is_task=is_task,
            is_inactive=is_inactive,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
