from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_municipality import ListResponseMunicipality
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    fields: str | Unset = "id, displayName",
    count: int | Unset = 25,
    from_: int | Unset = 0,
    sorting: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["query"] = query

    params["fields"] = fields

    params["count"] = count

    params["from"] = from_

    params["sorting"] = sorting

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/municipality/query",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseMunicipality | None:
    if response.status_code == 200:
        response_200 = ListResponseMunicipality.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseMunicipality]:
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
    fields: str | Unset = "id, displayName",
    count: int | Unset = 25,
    from_: int | Unset = 0,
    sorting: str | Unset = "",
) -> Response[ListResponseMunicipality]:
    """[BETA] Wildcard search.

    Args:
        id (str | Unset):
        query (str | Unset):
        fields (str | Unset):  Default: 'id, displayName'.
        count (int | Unset):  Default: 25.
        from_ (int | Unset):  Default: 0.
        sorting (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseMunicipality]
    """

    kwargs = _get_kwargs(
        id=id,
        query=query,
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
    id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    fields: str | Unset = "id, displayName",
    count: int | Unset = 25,
    from_: int | Unset = 0,
    sorting: str | Unset = "",
) -> ListResponseMunicipality | None:
    """[BETA] Wildcard search.

    Args:
        id (str | Unset):
        query (str | Unset):
        fields (str | Unset):  Default: 'id, displayName'.
        count (int | Unset):  Default: 25.
        from_ (int | Unset):  Default: 0.
        sorting (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseMunicipality
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            query=query,
            fields=fields,
            count=count,
            from_=from_,
            sorting=sorting,
        )
    ).parsed
