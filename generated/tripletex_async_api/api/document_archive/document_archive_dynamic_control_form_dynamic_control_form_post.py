"""`POST /documentArchive/dynamicControlForm/{id}` (DocumentArchiveDynamicControlForm_dynamicControlFormPost): `tx.document_archive.dynamic_control_form_post(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.document_archive_dynamic_control_form_dynamic_control_form_post_body import (
    DocumentArchiveDynamicControlFormDynamicControlFormPostBody,
)
from ...models.response_wrapper_document_archive import ResponseWrapperDocumentArchive
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    id: int,
    *,
    body: DocumentArchiveDynamicControlFormDynamicControlFormPostBody | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /documentArchive/dynamicControlForm/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/documentArchive/dynamicControlForm/{id}".format(
            id=quote(str(id), safe=""),
        ),
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
    id="DocumentArchiveDynamicControlForm_dynamicControlFormPost",
    group="document_archive",
    name="dynamic_control_form_post",
    method="POST",
    path="/documentArchive/dynamicControlForm/{id}",
    summary="[BETA] Upload file to Control Form Document Archive.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="object",
    body_content_type="multipart/form-data",
    responses=((201, "ResponseWrapperDocumentArchive"),),
    deprecated=False,
    build=build,
    parse=parse,
)
