from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_string import ResponseWrapperString
from ...models.update_document_request import UpdateDocumentRequest
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    document_id: int,
    *,
    body: UpdateDocumentRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/yearEnd/penneo/documents/{document_id}".format(
            document_id=quote(str(document_id), safe=""),
        ),
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResponseWrapperString | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperString.from_dict(response.json())

        return response_200

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
    document_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateDocumentRequest | Unset = UNSET,
) -> Response[ResponseWrapperString]:
    """Update an existing document in a case file

    Args:
        document_id (int):
        body (UpdateDocumentRequest | Unset): Request for updating an existing document

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperString]
    """

    kwargs = _get_kwargs(
        document_id=document_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    document_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateDocumentRequest | Unset = UNSET,
) -> ResponseWrapperString | None:
    """Update an existing document in a case file

    Args:
        document_id (int):
        body (UpdateDocumentRequest | Unset): Request for updating an existing document

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperString
    """

    return (
        await asyncio_detailed(
            document_id=document_id,
            client=client,
            body=body,
        )
    ).parsed
