from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_project_specific_rate import ListResponseProjectSpecificRate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    project_hourly_rate_id: str | Unset = UNSET,
    employee_id: str | Unset = UNSET,
    activity_id: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["projectHourlyRateId"] = project_hourly_rate_id

    params["employeeId"] = employee_id

    params["activityId"] = activity_id

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/project/hourlyRates/projectSpecificRates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseProjectSpecificRate | None:
    if response.status_code == 200:
        response_200 = ListResponseProjectSpecificRate.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseProjectSpecificRate]:
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
    project_hourly_rate_id: str | Unset = UNSET,
    employee_id: str | Unset = UNSET,
    activity_id: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseProjectSpecificRate]:
    """Find project specific rates corresponding with sent data.

    Args:
        id (str | Unset):
        project_hourly_rate_id (str | Unset):
        employee_id (str | Unset):
        activity_id (str | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseProjectSpecificRate]
    """

    kwargs = _get_kwargs(
        id=id,
        project_hourly_rate_id=project_hourly_rate_id,
        employee_id=employee_id,
        activity_id=activity_id,
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
    project_hourly_rate_id: str | Unset = UNSET,
    employee_id: str | Unset = UNSET,
    activity_id: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseProjectSpecificRate | None:
    """Find project specific rates corresponding with sent data.

    Args:
        id (str | Unset):
        project_hourly_rate_id (str | Unset):
        employee_id (str | Unset):
        activity_id (str | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseProjectSpecificRate
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            project_hourly_rate_id=project_hourly_rate_id,
            employee_id=employee_id,
            activity_id=activity_id,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
