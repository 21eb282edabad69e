"""`POST /documentArchive/supplier/{id}` (DocumentArchiveSupplier_supplierPost): `tx.document_archive.supplier_post(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.document_archive_supplier_supplier_post_body import DocumentArchiveSupplierSupplierPostBody
from ...models.response_wrapper_document_archive import ResponseWrapperDocumentArchive
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    id: int,
    *,
    body: DocumentArchiveSupplierSupplierPostBody | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /documentArchive/supplier/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/documentArchive/supplier/{id}".format(
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
    id="DocumentArchiveSupplier_supplierPost",
    group="document_archive",
    name="supplier_post",
    method="POST",
    path="/documentArchive/supplier/{id}",
    summary="[BETA] Upload file to Supplier Document Archive.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="object",
    body_content_type="multipart/form-data",
    responses=((201, "ResponseWrapperDocumentArchive"),),
    deprecated=False,
    build=build,
    parse=parse,
)
