from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.purchase_order_attachment_upload_attachment_body import PurchaseOrderAttachmentUploadAttachmentBody
from ...models.response_wrapper_purchase_order import ResponseWrapperPurchaseOrder
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    id: int,
    *,
    body: PurchaseOrderAttachmentUploadAttachmentBody | Unset = UNSET,
    fields: str | Unset = "*",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/purchaseOrder/{id}/attachment".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
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
    body: PurchaseOrderAttachmentUploadAttachmentBody | Unset = UNSET,
    fields: str | Unset = "*",
) -> Response[ResponseWrapperPurchaseOrder]:
    """Upload attachment to purchase order. Only available for Logistics Basic.

    Args:
        id (int):
        fields (str | Unset):  Default: '*'.
        body (PurchaseOrderAttachmentUploadAttachmentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperPurchaseOrder]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: PurchaseOrderAttachmentUploadAttachmentBody | Unset = UNSET,
    fields: str | Unset = "*",
) -> ResponseWrapperPurchaseOrder | None:
    """Upload attachment to purchase order. Only available for Logistics Basic.

    Args:
        id (int):
        fields (str | Unset):  Default: '*'.
        body (PurchaseOrderAttachmentUploadAttachmentBody | Unset):

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
            fields=fields,
        )
    ).parsed
