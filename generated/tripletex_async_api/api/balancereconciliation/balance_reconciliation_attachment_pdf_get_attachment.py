"""`GET /balance/reconciliation/attachment/{attachmentId}/pdf` (BalanceReconciliationAttachmentPdf_getAttachment): `tx.balance_reconciliation.get_attachment(...)`."""

from io import BytesIO
from urllib.parse import quote

import httpx

from ...types import File, Operation, Param, RequestArgs


def build(
    attachment_id: int,
) -> RequestArgs:
    """The request of `GET /balance/reconciliation/attachment/{attachmentId}/pdf`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/balance/reconciliation/attachment/{attachment_id}/pdf".format(
            attachment_id=quote(str(attachment_id), safe=""),
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
    id="BalanceReconciliationAttachmentPdf_getAttachment",
    group="balance_reconciliation",
    name="get_attachment",
    method="GET",
    path="/balance/reconciliation/attachment/{attachmentId}/pdf",
    summary="",
    parameters=(Param("attachmentId", "attachment_id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "File"),),
    deprecated=False,
    build=build,
    parse=parse,
)
