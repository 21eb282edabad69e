"""`POST /documentArchive/reception` (DocumentArchiveReception_receptionPost): `tx.document_archive.reception_post(...)`."""

from typing import Any

import httpx

from ...models.document_archive_reception_reception_post_body import DocumentArchiveReceptionReceptionPostBody
from ...models.response_wrapper_document_archive import ResponseWrapperDocumentArchive
from ...types import UNSET, Operation, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: DocumentArchiveReceptionReceptionPostBody | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /documentArchive/reception`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/documentArchive/reception",
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperDocumentArchive | None:
    """The answer as `ResponseWrapperDocumentArchive`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperDocumentArchive.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="DocumentArchiveReception_receptionPost",
    group="document_archive",
    name="reception_post",
    method="POST",
    path="/documentArchive/reception",
    summary="[BETA] Upload a file to the document archive reception. Send as multipart form.",
    parameters=(),
    paginated=False,
    body_type="object",
    body_content_type="multipart/form-data",
    responses=((201, "ResponseWrapperDocumentArchive"),),
    deprecated=False,
    build=build,
    parse=parse,
)
