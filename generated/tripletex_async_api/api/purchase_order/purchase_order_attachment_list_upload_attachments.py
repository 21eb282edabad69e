from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.purchase_order_attachment_list_upload_attachments_body import (
    PurchaseOrderAttachmentListUploadAttachmentsBody,
)
from ...models.response_wrapper_purchase_order import ResponseWrapperPurchaseOrder
from ...types import Response, request_body_serialization


def _get_kwargs(
    id: int,
    *,
    body: PurchaseOrderAttachmentListUploadAttachmentsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/purchaseOrder/{id}/attachment/list".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperPurchaseOrder | None:
    if response.status_code == 201:
        response_201 = ResponseWrapperPurchaseOrder.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperPurchaseOrder]:
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
    body: PurchaseOrderAttachmentListUploadAttachmentsBody,
) -> Response[ResponseWrapperPurchaseOrder]:
    """Upload multiple attachments to Purchase Order. Only available for Logistics Basic.

    Args:
        id (int):
        body (PurchaseOrderAttachmentListUploadAttachmentsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperPurchaseOrder]
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
    body: PurchaseOrderAttachmentListUploadAttachmentsBody,
) -> ResponseWrapperPurchaseOrder | None:
    """Upload multiple attachments to Purchase Order. Only available for Logistics Basic.

    Args:
        id (int):
        body (PurchaseOrderAttachmentListUploadAttachmentsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperPurchaseOrder
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
