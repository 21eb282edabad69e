from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_research_and_development_2024 import ListResponseResearchAndDevelopment2024
from ...types import UNSET, Response, Unset


def _get_kwargs(
    year_end_report_id: int,
    *,
    fields: str | Unset = "*, collaborativeBusinesses(*), workPackages(*), otherPublicSupportList(*)",
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/yearEnd/{year_end_report_id}/researchAndDevelopment2024".format(
            year_end_report_id=quote(str(year_end_report_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseResearchAndDevelopment2024 | None:
    if response.status_code == 200:
        response_200 = ListResponseResearchAndDevelopment2024.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseResearchAndDevelopment2024]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    year_end_report_id: int,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = "*, collaborativeBusinesses(*), workPackages(*), otherPublicSupportList(*)",
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
) -> Response[ListResponseResearchAndDevelopment2024]:
    """Get ResearchAndDevelopment by corresponding data 2024

    Args:
        year_end_report_id (int):
        fields (str | Unset):  Default: '*, collaborativeBusinesses(*), workPackages(*),
            otherPublicSupportList(*)'.
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseResearchAndDevelopment2024]
    """

    kwargs = _get_kwargs(
        year_end_report_id=year_end_report_id,
        fields=fields,
        from_=from_,
        count=count,
        sorting=sorting,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    year_end_report_id: int,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = "*, collaborativeBusinesses(*), workPackages(*), otherPublicSupportList(*)",
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
) -> ListResponseResearchAndDevelopment2024 | None:
    """Get ResearchAndDevelopment by corresponding data 2024

    Args:
        year_end_report_id (int):
        fields (str | Unset):  Default: '*, collaborativeBusinesses(*), workPackages(*),
            otherPublicSupportList(*)'.
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseResearchAndDevelopment2024
    """

    return (
        await asyncio_detailed(
            year_end_report_id=year_end_report_id,
            client=client,
            fields=fields,
            from_=from_,
            count=count,
            sorting=sorting,
        )
    ).parsed
