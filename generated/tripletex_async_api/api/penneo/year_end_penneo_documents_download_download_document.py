"""`GET /yearEnd/penneo/documents/{documentId}/download` (YearEndPenneoDocumentsDownload_downloadDocument): `tx.penneo.download_document(...)`."""

from io import BytesIO
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...types import File, Operation, Param, RequestArgs


def build(
    document_id: int,
) -> RequestArgs:
    """The request of `GET /yearEnd/penneo/documents/{documentId}/download`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/yearEnd/penneo/documents/{document_id}/download".format(
            document_id=quote(str(document_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | File | None:
    """The answer as `Any | File`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    return None


OPERATION = Operation(
    id="YearEndPenneoDocumentsDownload_downloadDocument",
    group="penneo",
    name="download_document",
    method="GET",
    path="/yearEnd/penneo/documents/{documentId}/download",
    summary="Download a document from Penneo",
    parameters=(Param("documentId", "document_id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "File"),),
    deprecated=False,
    build=build,
    parse=parse,
)
