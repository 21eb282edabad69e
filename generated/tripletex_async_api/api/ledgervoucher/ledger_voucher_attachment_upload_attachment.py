from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ledger_voucher_attachment_upload_attachment_body import LedgerVoucherAttachmentUploadAttachmentBody
from ...models.response_wrapper_voucher import ResponseWrapperVoucher
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    voucher_id: int,
    *,
    body: LedgerVoucherAttachmentUploadAttachmentBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ledger/voucher/{voucher_id}/attachment".format(
            voucher_id=quote(str(voucher_id), safe=""),
        ),
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResponseWrapperVoucher | None:
    if response.status_code == 201:
        response_201 = ResponseWrapperVoucher.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperVoucher]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    voucher_id: int,
    *,
    client: AuthenticatedClient,
    body: LedgerVoucherAttachmentUploadAttachmentBody | Unset = UNSET,
) -> Response[ResponseWrapperVoucher]:
    """Upload attachment to voucher. If the voucher already has an attachment the content will be appended
    to the existing attachment as new PDF page(s). Valid document formats are PDF, PNG, JPEG and TIFF.
    Non PDF formats will be converted to PDF. Send as multipart form.

    Args:
        voucher_id (int):
        body (LedgerVoucherAttachmentUploadAttachmentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperVoucher]
    """

    kwargs = _get_kwargs(
        voucher_id=voucher_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    voucher_id: int,
    *,
    client: AuthenticatedClient,
    body: LedgerVoucherAttachmentUploadAttachmentBody | Unset = UNSET,
) -> ResponseWrapperVoucher | None:
    """Upload attachment to voucher. If the voucher already has an attachment the content will be appended
    to the existing attachment as new PDF page(s). Valid document formats are PDF, PNG, JPEG and TIFF.
    Non PDF formats will be converted to PDF. Send as multipart form.

    Args:
        voucher_id (int):
        body (LedgerVoucherAttachmentUploadAttachmentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperVoucher
    """

    return (
        await asyncio_detailed(
            voucher_id=voucher_id,
            client=client,
            body=body,
        )
    ).parsed
