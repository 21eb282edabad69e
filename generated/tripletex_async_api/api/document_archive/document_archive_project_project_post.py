from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.document_archive_project_project_post_body import DocumentArchiveProjectProjectPostBody
from ...models.response_wrapper_document_archive import ResponseWrapperDocumentArchive
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    id: int,
    *,
    body: DocumentArchiveProjectProjectPostBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/documentArchive/project/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperDocumentArchive | None:
    if response.status_code == 201:
        response_201 = ResponseWrapperDocumentArchive.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperDocumentArchive]:
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
    body: DocumentArchiveProjectProjectPostBody | Unset = UNSET,
) -> Response[ResponseWrapperDocumentArchive]:
    """[BETA] Upload file to Project Document Archive.

    Args:
        id (int):
        body (DocumentArchiveProjectProjectPostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperDocumentArchive]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: DocumentArchiveProjectProjectPostBody | Unset = UNSET,
) -> ResponseWrapperDocumentArchive | None:
    """[BETA] Upload file to Project Document Archive.

    Args:
        id (int):
        body (DocumentArchiveProjectProjectPostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperDocumentArchive
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
