"""`POST /ledger/voucher/importDocument` (LedgerVoucherImportDocument_importDocument): `tx.ledger_voucher.import_document(...)`."""

from typing import Any

import httpx

from ...models.ledger_voucher_import_document_import_document_body import LedgerVoucherImportDocumentImportDocumentBody
from ...models.list_response_voucher import ListResponseVoucher
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: LedgerVoucherImportDocumentImportDocumentBody | Unset = UNSET,
    split: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /ledger/voucher/importDocument`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["split"] = split

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/ledger/voucher/importDocument",
        "params": params,
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseVoucher | None:
    """The answer as `ListResponseVoucher`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponseVoucher.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="LedgerVoucherImportDocument_importDocument",
    group="ledger_voucher",
    name="import_document",
    method="POST",
    path="/ledger/voucher/importDocument",
    summary="Upload a document to create one or more vouchers. Valid document formats are PDF, PNG, JPEG and TIFF. EHF/XML is possible with agreement with Tripletex. Send as multipart form.",
    parameters=(Param("split", "split", "query", False, False),),
    paginated=False,
    body_type="object",
    body_content_type="multipart/form-data",
    responses=((201, "ListResponseVoucher"),),
    deprecated=False,
    build=build,
    parse=parse,
)
