from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_product_group import ListResponseProductGroup
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    fields: str | Unset = "id, name",
    count: int | Unset = UNSET,
    from_: int | Unset = 0,
    sorting: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params["name"] = name

    params["fields"] = fields

    params["count"] = count

    params["from"] = from_

    params["sorting"] = sorting

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/product/group/query",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseProductGroup | None:
    if response.status_code == 200:
        response_200 = ListResponseProductGroup.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseProductGroup]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    fields: str | Unset = "id, name",
    count: int | Unset = UNSET,
    from_: int | Unset = 0,
    sorting: str | Unset = "",
) -> Response[ListResponseProductGroup]:
    """Wildcard search. Only available for Logistics Basic.

    Args:
        query (str | Unset):
        name (str | Unset):
        fields (str | Unset):  Default: 'id, name'.
        count (int | Unset):
        from_ (int | Unset):  Default: 0.
        sorting (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseProductGroup]
    """

    kwargs = _get_kwargs(
        query=query,
        name=name,
        fields=fields,
        count=count,
        from_=from_,
        sorting=sorting,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    fields: str | Unset = "id, name",
    count: int | Unset = UNSET,
    from_: int | Unset = 0,
    sorting: str | Unset = "",
) -> ListResponseProductGroup | None:
    """Wildcard search. Only available for Logistics Basic.

    Args:
        query (str | Unset):
        name (str | Unset):
        fields (str | Unset):  Default: 'id, name'.
        count (int | Unset):
        from_ (int | Unset):  Default: 0.
        sorting (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseProductGroup
    """

    return (
        await asyncio_detailed(
            client=client,
            query=query,
            name=name,
            fields=fields,
            count=count,
            from_=from_,
            sorting=sorting,
        )
    ).parsed
