from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ledger_voucher_pdf_upload_pdf_body import LedgerVoucherPdfUploadPdfBody
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    voucher_id: int,
    file_name: str,
    *,
    body: LedgerVoucherPdfUploadPdfBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ledger/voucher/{voucher_id}/pdf/{file_name}".format(
            voucher_id=quote(str(voucher_id), safe=""),
            file_name=quote(str(file_name), safe=""),
        ),
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 200:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    voucher_id: int,
    file_name: str,
    *,
    client: AuthenticatedClient,
    body: LedgerVoucherPdfUploadPdfBody | Unset = UNSET,
) -> Response[Any]:
    """[DEPRECATED] Use POST ledger/voucher/{voucherId}/attachment instead.

    Args:
        voucher_id (int):
        file_name (str):
        body (LedgerVoucherPdfUploadPdfBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        voucher_id=voucher_id,
        file_name=file_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
