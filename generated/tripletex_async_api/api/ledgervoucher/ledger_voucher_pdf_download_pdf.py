"""`GET /ledger/voucher/{voucherId}/pdf` (LedgerVoucherPdf_downloadPdf): `tx.ledger_voucher.download_pdf(...)`."""

from io import BytesIO
from urllib.parse import quote

import httpx

from ...types import File, Operation, Param, RequestArgs


def build(
    voucher_id: int,
) -> RequestArgs:
    """The request of `GET /ledger/voucher/{voucherId}/pdf`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/ledger/voucher/{voucher_id}/pdf".format(
            voucher_id=quote(str(voucher_id), safe=""),
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
    id="LedgerVoucherPdf_downloadPdf",
    group="ledger_voucher",
    name="download_pdf",
    method="GET",
    path="/ledger/voucher/{voucherId}/pdf",
    summary="Get PDF representation of voucher by ID.",
    parameters=(Param("voucherId", "voucher_id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "File"),),
    deprecated=False,
    build=build,
    parse=parse,
)
