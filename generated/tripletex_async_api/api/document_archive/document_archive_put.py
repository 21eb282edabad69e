"""`PUT /documentArchive/{id}` (DocumentArchive_put): `tx.document_archive.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.document_archive import DocumentArchive
from ...models.response_wrapper_document_archive import ResponseWrapperDocumentArchive
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: DocumentArchive,
) -> RequestArgs:
    """The request of `PUT /documentArchive/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/documentArchive/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperDocumentArchive | None:
    """The answer as `ResponseWrapperDocumentArchive`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperDocumentArchive.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="DocumentArchive_put",
    group="document_archive",
    name="put",
    method="PUT",
    path="/documentArchive/{id}",
    summary="[BETA] Update document archive.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="DocumentArchive",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperDocumentArchive"),),
    deprecated=False,
    build=build,
    parse=parse,
)
