from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_long import ResponseWrapperLong
from ...models.salary_transaction_attachment_list_upload_attachments_body import (
    SalaryTransactionAttachmentListUploadAttachmentsBody,
)
from ...types import Response, request_body_serialization


def _get_kwargs(
    id: int,
    *,
    body: SalaryTransactionAttachmentListUploadAttachmentsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/salary/transaction/{id}/attachment/list".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResponseWrapperLong | None:
    if response.status_code == 201:
        response_201 = ResponseWrapperLong.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ResponseWrapperLong]:
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
    body: SalaryTransactionAttachmentListUploadAttachmentsBody,
) -> Response[ResponseWrapperLong]:
    """Upload multiple attachments to a salary transaction

    Args:
        id (int):
        body (SalaryTransactionAttachmentListUploadAttachmentsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperLong]
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
    body: SalaryTransactionAttachmentListUploadAttachmentsBody,
) -> ResponseWrapperLong | None:
    """Upload multiple attachments to a salary transaction

    Args:
        id (int):
        body (SalaryTransactionAttachmentListUploadAttachmentsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperLong
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
