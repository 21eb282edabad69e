from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_posting import ListResponsePosting
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    date_from: str | Unset = UNSET,
    date_to_exclusive: str | Unset = UNSET,
    fields: str | Unset = "*",
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["dateFrom"] = date_from

    params["dateToExclusive"] = date_to_exclusive

    params["fields"] = fields

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/asset/{id}/postings".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListResponsePosting | None:
    if response.status_code == 200:
        response_200 = ListResponsePosting.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ListResponsePosting]:
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
    date_from: str | Unset = UNSET,
    date_to_exclusive: str | Unset = UNSET,
    fields: str | Unset = "*",
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
) -> Response[ListResponsePosting]:
    """Get postings associated with asset

    Args:
        id (int):
        date_from (str | Unset):
        date_to_exclusive (str | Unset):
        fields (str | Unset):  Default: '*'.
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponsePosting]
    """

    kwargs = _get_kwargs(
        id=id,
        date_from=date_from,
        date_to_exclusive=date_to_exclusive,
        fields=fields,
        from_=from_,
        count=count,
        sorting=sorting,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    date_from: str | Unset = UNSET,
    date_to_exclusive: str | Unset = UNSET,
    fields: str | Unset = "*",
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
) -> ListResponsePosting | None:
    """Get postings associated with asset

    Args:
        id (int):
        date_from (str | Unset):
        date_to_exclusive (str | Unset):
        fields (str | Unset):  Default: '*'.
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponsePosting
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            date_from=date_from,
            date_to_exclusive=date_to_exclusive,
            fields=fields,
            from_=from_,
            count=count,
            sorting=sorting,
        )
    ).parsed
