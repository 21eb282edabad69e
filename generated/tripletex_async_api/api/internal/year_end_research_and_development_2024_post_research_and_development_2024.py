from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.research_and_development_2024 import ResearchAndDevelopment2024
from ...models.response_wrapper_research_and_development_2024 import ResponseWrapperResearchAndDevelopment2024
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    *,
    body: ResearchAndDevelopment2024 | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/yearEnd/researchAndDevelopment2024",
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperResearchAndDevelopment2024 | None:
    if response.status_code == 201:
        response_201 = ResponseWrapperResearchAndDevelopment2024.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperResearchAndDevelopment2024]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ResearchAndDevelopment2024 | Unset = UNSET,
) -> Response[ResponseWrapperResearchAndDevelopment2024]:
    """Create ResearchAndDevelopment 2024

    Args:
        body (ResearchAndDevelopment2024 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperResearchAndDevelopment2024]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ResearchAndDevelopment2024 | Unset = UNSET,
) -> ResponseWrapperResearchAndDevelopment2024 | None:
    """Create ResearchAndDevelopment 2024

    Args:
        body (ResearchAndDevelopment2024 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperResearchAndDevelopment2024
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
