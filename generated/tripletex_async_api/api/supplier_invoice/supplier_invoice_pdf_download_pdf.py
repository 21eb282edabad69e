"""`GET /supplierInvoice/{invoiceId}/pdf` (SupplierInvoicePdf_downloadPdf): `tx.supplier_invoice.download_pdf(...)`."""

from io import BytesIO
from urllib.parse import quote

import httpx

from ...types import File, Operation, Param, RequestArgs


def build(
    invoice_id: int,
) -> RequestArgs:
    """The request of `GET /supplierInvoice/{invoiceId}/pdf`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/supplierInvoice/{invoice_id}/pdf".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> File | None:
    """The answer as `File`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    return None


OPERATION = Operation(
    id="SupplierInvoicePdf_downloadPdf",
    group="supplier_invoice",
    name="download_pdf",
    method="GET",
    path="/supplierInvoice/{invoiceId}/pdf",
    summary="Get supplierInvoice document by invoice ID.",
    parameters=(Param("invoiceId", "invoice_id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "File"),),
    deprecated=False,
    build=build,
    parse=parse,
)
