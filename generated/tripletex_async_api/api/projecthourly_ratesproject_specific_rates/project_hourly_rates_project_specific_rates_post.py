from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.project_specific_rate import ProjectSpecificRate
from ...models.response_wrapper_project_specific_rate import ResponseWrapperProjectSpecificRate
from ...types import Response, request_body_serialization


def _get_kwargs(
    *,
    body: ProjectSpecificRate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/project/hourlyRates/projectSpecificRates",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperProjectSpecificRate | None:
    if response.status_code == 201:
        response_201 = ResponseWrapperProjectSpecificRate.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperProjectSpecificRate]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ProjectSpecificRate,
) -> Response[ResponseWrapperProjectSpecificRate]:
    """Create new project specific rate.

    Args:
        body (ProjectSpecificRate): Project specific rates if hourlyRateModel is
            TYPE_PROJECT_SPECIFIC_HOURLY_RATES.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperProjectSpecificRate]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ProjectSpecificRate,
) -> ResponseWrapperProjectSpecificRate | None:
    """Create new project specific rate.

    Args:
        body (ProjectSpecificRate): Project specific rates if hourlyRateModel is
            TYPE_PROJECT_SPECIFIC_HOURLY_RATES.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperProjectSpecificRate
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
