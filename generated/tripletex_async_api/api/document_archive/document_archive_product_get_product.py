from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_document_archive import ListResponseDocumentArchive
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    period_date_from: str | Unset = UNSET,
    period_date_to: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["periodDateFrom"] = period_date_from

    params["periodDateTo"] = period_date_to

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/documentArchive/product/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseDocumentArchive | None:
    if response.status_code == 200:
        response_200 = ListResponseDocumentArchive.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseDocumentArchive]:
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
    period_date_from: str | Unset = UNSET,
    period_date_to: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseDocumentArchive]:
    """[BETA] Find documents archived associated with product object type.

    Args:
        id (int):
        period_date_from (str | Unset):
        period_date_to (str | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseDocumentArchive]
    """

    kwargs = _get_kwargs(
        id=id,
        period_date_from=period_date_from,
        period_date_to=period_date_to,
        from_=from_,
        count=count,
        sorting=sorting,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    period_date_from: str | Unset = UNSET,
    period_date_to: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseDocumentArchive | None:
    """[BETA] Find documents archived associated with product object type.

    Args:
        id (int):
        period_date_from (str | Unset):
        period_date_to (str | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseDocumentArchive
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            period_date_from=period_date_from,
            period_date_to=period_date_to,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
