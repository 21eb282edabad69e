from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ledger_voucher_import_document_import_document_body import LedgerVoucherImportDocumentImportDocumentBody
from ...models.list_response_voucher import ListResponseVoucher
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    *,
    body: LedgerVoucherImportDocumentImportDocumentBody | Unset = UNSET,
    split: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["split"] = split

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ledger/voucher/importDocument",
        "params": params,
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListResponseVoucher | None:
    if response.status_code == 201:
        response_201 = ListResponseVoucher.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ListResponseVoucher]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: LedgerVoucherImportDocumentImportDocumentBody | Unset = UNSET,
    split: bool | Unset = False,
) -> Response[ListResponseVoucher]:
    """Upload a document to create one or more vouchers. Valid document formats are PDF, PNG, JPEG and
    TIFF. EHF/XML is possible with agreement with Tripletex. Send as multipart form.

    Args:
        split (bool | Unset):  Default: False.
        body (LedgerVoucherImportDocumentImportDocumentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseVoucher]
    """

    kwargs = _get_kwargs(
        body=body,
        split=split,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: LedgerVoucherImportDocumentImportDocumentBody | Unset = UNSET,
    split: bool | Unset = False,
) -> ListResponseVoucher | None:
    """Upload a document to create one or more vouchers. Valid document formats are PDF, PNG, JPEG and
    TIFF. EHF/XML is possible with agreement with Tripletex. Send as multipart form.

    Args:
        split (bool | Unset):  Default: False.
        body (LedgerVoucherImportDocumentImportDocumentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseVoucher
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            split=split,
        )
    ).parsed
