from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.hourly_rate import HourlyRate
from ...models.list_response_project_hourly_rate import ListResponseProjectHourlyRate
from ...types import UNSET, Response, request_body_serialization


def _get_kwargs(
    *,
    body: HourlyRate,
    ids: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["ids"] = ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/project/hourlyRates/updateOrAddHourRates",
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: HourlyRate,
    ids: str,
) -> Response[ListResponseProjectHourlyRate]:
    """Update or add the same project hourly rate from project overview.

    Args:
        ids (str):
        body (HourlyRate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseProjectHourlyRate]
    """

    kwargs = _get_kwargs(
        body=body,
        ids=ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: HourlyRate,
    ids: str,
) -> ListResponseProjectHourlyRate | None:
    """Update or add the same project hourly rate from project overview.

    Args:
        ids (str):
        body (HourlyRate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseProjectHourlyRate
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            ids=ids,
        )
    ).parsed
