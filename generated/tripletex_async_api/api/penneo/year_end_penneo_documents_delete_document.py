"""`DELETE /yearEnd/penneo/documents/{documentId}` (YearEndPenneoDocuments_deleteDocument): `tx.penneo.delete_document(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...types import Operation, Param, RequestArgs


def build(
    document_id: int,
) -> RequestArgs:
    """The request of `DELETE /yearEnd/penneo/documents/{documentId}`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/yearEnd/penneo/documents/{document_id}".format(
            document_id=quote(str(document_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="YearEndPenneoDocuments_deleteDocument",
    group="penneo",
    name="delete_document",
    method="DELETE",
    path="/yearEnd/penneo/documents/{documentId}",
    summary="Delete a document from a case file",
    parameters=(Param("documentId", "document_id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
