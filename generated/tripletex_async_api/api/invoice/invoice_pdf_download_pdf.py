"""`GET /invoice/{invoiceId}/pdf` (InvoicePdf_downloadPdf): `tx.invoice.download_pdf(...)`."""

from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ...types import UNSET, File, Operation, Param, RequestArgs, Unset


def build(
    invoice_id: int,
    *,
    download: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /invoice/{invoiceId}/pdf`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["download"] = download

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/invoice/{invoice_id}/pdf".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> File | None:
    """The answer as `File`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    return None


OPERATION = Operation(
    id="InvoicePdf_downloadPdf",
    group="invoice",
    name="download_pdf",
    method="GET",
    path="/invoice/{invoiceId}/pdf",
    summary="Get invoice document by invoice ID.",
    parameters=(
        Param("invoiceId", "invoice_id", "path", True),
        Param("download", "download", "query", False, True),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "File"),),
    deprecated=False,
    build=build,
    parse=parse,
)
