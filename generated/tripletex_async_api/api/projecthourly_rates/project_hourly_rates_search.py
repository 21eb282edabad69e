from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_project_hourly_rate import ListResponseProjectHourlyRate
from ...models.project_hourly_rates_search_type import ProjectHourlyRatesSearchType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    type_: ProjectHourlyRatesSearchType | Unset = UNSET,
    start_date_from: str | Unset = UNSET,
    start_date_to: str | Unset = UNSET,
    show_in_project_order: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["projectId"] = project_id

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["startDateFrom"] = start_date_from

    params["startDateTo"] = start_date_to

    params["showInProjectOrder"] = show_in_project_order

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/project/hourlyRates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseProjectHourlyRate | None:
    if response.status_code == 200:
        response_200 = ListResponseProjectHourlyRate.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseProjectHourlyRate]:
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
    project_id: str | Unset = UNSET,
    type_: ProjectHourlyRatesSearchType | Unset = UNSET,
    start_date_from: str | Unset = UNSET,
    start_date_to: str | Unset = UNSET,
    show_in_project_order: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseProjectHourlyRate]:
    """Find project hourly rates corresponding with sent data.

    Args:
        id (str | Unset):
        project_id (str | Unset):
        type_ (ProjectHourlyRatesSearchType | Unset):
        start_date_from (str | Unset):
        start_date_to (str | Unset):
        show_in_project_order (bool | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseProjectHourlyRate]
    """

    kwargs = _get_kwargs(
        id=id,
        project_id=project_id,
        type_=type_,
        start_date_from=start_date_from,
        start_date_to=start_date_to,
        show_in_project_order=show_in_project_order,
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
    project_id: str | Unset = UNSET,
    type_: ProjectHourlyRatesSearchType | Unset = UNSET,
    start_date_from: str | Unset = UNSET,
    start_date_to: str | Unset = UNSET,
    show_in_project_order: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseProjectHourlyRate | None:
    """Find project hourly rates corresponding with sent data.

    Args:
        id (str | Unset):
        project_id (str | Unset):
        type_ (ProjectHourlyRatesSearchType | Unset):
        start_date_from (str | Unset):
        start_date_to (str | Unset):
        show_in_project_order (bool | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseProjectHourlyRate
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            project_id=project_id,
            type_=type_,
            start_date_from=start_date_from,
            start_date_to=start_date_to,
            show_in_project_order=show_in_project_order,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
