"""`POST /ledger/voucher/{voucherId}/pdf/{fileName}` (LedgerVoucherPdf_uploadPdf): `tx.ledger_voucher.upload_pdf(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.ledger_voucher_pdf_upload_pdf_body import LedgerVoucherPdfUploadPdfBody
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    voucher_id: int,
    file_name: str,
    *,
    body: LedgerVoucherPdfUploadPdfBody | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /ledger/voucher/{voucherId}/pdf/{fileName}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/ledger/voucher/{voucher_id}/pdf/{file_name}".format(
            voucher_id=quote(str(voucher_id), safe=""),
            file_name=quote(str(file_name), safe=""),
        ),
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 200:
        return None

    return None


OPERATION = Operation(
    id="LedgerVoucherPdf_uploadPdf",
    group="ledger_voucher",
    name="upload_pdf",
    method="POST",
    path="/ledger/voucher/{voucherId}/pdf/{fileName}",
    summary="[DEPRECATED] Use POST ledger/voucher/{voucherId}/attachment instead.",
    parameters=(
        Param("voucherId", "voucher_id", "path", True),
        Param("fileName", "file_name", "path", True),
    ),
    paginated=False,
    body_type="object",
    body_content_type="multipart/form-data",
    responses=((200, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
