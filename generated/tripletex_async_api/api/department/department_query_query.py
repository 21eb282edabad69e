from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_department import ListResponseDepartment
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    count: int | Unset = 25,
    fields: str | Unset = "id, name",
    is_inactive: bool | Unset = UNSET,
    from_: int | Unset = 0,
    sorting: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["query"] = query

    params["count"] = count

    params["fields"] = fields

    params["isInactive"] = is_inactive

    params["from"] = from_

    params["sorting"] = sorting

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/department/query",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListResponseDepartment | None:
    if response.status_code == 200:
        response_200 = ListResponseDepartment.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseDepartment]:
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
    query: str | Unset = UNSET,
    count: int | Unset = 25,
    fields: str | Unset = "id, name",
    is_inactive: bool | Unset = UNSET,
    from_: int | Unset = 0,
    sorting: str | Unset = "",
) -> Response[ListResponseDepartment]:
    """Wildcard search.

    Args:
        id (str | Unset):
        query (str | Unset):
        count (int | Unset):  Default: 25.
        fields (str | Unset):  Default: 'id, name'.
        is_inactive (bool | Unset):
        from_ (int | Unset):  Default: 0.
        sorting (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseDepartment]
    """

    kwargs = _get_kwargs(
        id=id,
        query=query,
        count=count,
        fields=fields,
        is_inactive=is_inactive,
        from_=from_,
        sorting=sorting,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    count: int | Unset = 25,
    fields: str | Unset = "id, name",
    is_inactive: bool | Unset = UNSET,
    from_: int | Unset = 0,
    sorting: str | Unset = "",
) -> ListResponseDepartment | None:
    """Wildcard search.

    Args:
        id (str | Unset):
        query (str | Unset):
        count (int | Unset):  Default: 25.
        fields (str | Unset):  Default: 'id, name'.
        is_inactive (bool | Unset):
        from_ (int | Unset):  Default: 0.
        sorting (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseDepartment
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            query=query,
            count=count,
            fields=fields,
            is_inactive=is_inactive,
            from_=from_,
            sorting=sorting,
        )
    ).parsed
