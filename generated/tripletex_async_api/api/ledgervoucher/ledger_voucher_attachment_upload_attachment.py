"""`POST /ledger/voucher/{voucherId}/attachment` (LedgerVoucherAttachment_uploadAttachment): `tx.ledger_voucher.upload_attachment(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.ledger_voucher_attachment_upload_attachment_body import LedgerVoucherAttachmentUploadAttachmentBody
from ...models.response_wrapper_voucher import ResponseWrapperVoucher
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    voucher_id: int,
    *,
    body: LedgerVoucherAttachmentUploadAttachmentBody | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /ledger/voucher/{voucherId}/attachment`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/ledger/voucher/{voucher_id}/attachment".format(
            voucher_id=quote(str(voucher_id), safe=""),
        ),
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperVoucher | None:
    """The answer as `ResponseWrapperVoucher`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperVoucher.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="LedgerVoucherAttachment_uploadAttachment",
    group="ledger_voucher",
    name="upload_attachment",
    method="POST",
    path="/ledger/voucher/{voucherId}/attachment",
    summary="Upload attachment to voucher. If the voucher already has an attachment the content will be appended to the existing attachment as new PDF page(s). Valid document formats are PDF, PNG, JPEG and TIFF. Non PDF formats will be converted to PDF. Send as multipart form.",
    parameters=(Param("voucherId", "voucher_id", "path", True),),
    paginated=False,
    body_type="object",
    body_content_type="multipart/form-data",
    responses=((201, "ResponseWrapperVoucher"),),
    deprecated=False,
    build=build,
    parse=parse,
)
