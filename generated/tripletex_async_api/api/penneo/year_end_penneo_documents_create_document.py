from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_document_request import AddDocumentRequest
from ...models.response_wrapper_string import ResponseWrapperString
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    *,
    body: AddDocumentRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/yearEnd/penneo/documents",
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResponseWrapperString | None:
    if response.status_code == 201:
        response_201 = ResponseWrapperString.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperString]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AddDocumentRequest | Unset = UNSET,
) -> Response[ResponseWrapperString]:
    """Add a document to an existing case file

    Args:
        body (AddDocumentRequest | Unset): Request for adding a document to a case file

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperString]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AddDocumentRequest | Unset = UNSET,
) -> ResponseWrapperString | None:
    """Add a document to an existing case file

    Args:
        body (AddDocumentRequest | Unset): Request for adding a document to a case file

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperString
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
