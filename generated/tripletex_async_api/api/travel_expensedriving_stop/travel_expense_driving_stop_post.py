from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.driving_stop import DrivingStop
from ...models.response_wrapper_driving_stop import ResponseWrapperDrivingStop
from ...types import Response, request_body_serialization


def _get_kwargs(
    *,
    body: DrivingStop,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/travelExpense/drivingStop",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperDrivingStop | None:
    if response.status_code == 201:
        response_201 = ResponseWrapperDrivingStop.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperDrivingStop]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DrivingStop,
) -> Response[ResponseWrapperDrivingStop]:
    """Create mileage allowance driving stop.

    Args:
        body (DrivingStop): Link to individual mileage stops.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperDrivingStop]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DrivingStop,
) -> ResponseWrapperDrivingStop | None:
    """Create mileage allowance driving stop.

    Args:
        body (DrivingStop): Link to individual mileage stops.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperDrivingStop
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
