"""`POST /documentArchive/customer/{id}` (DocumentArchiveCustomer_customerPost): `tx.document_archive.customer_post(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.document_archive_customer_customer_post_body import DocumentArchiveCustomerCustomerPostBody
from ...models.response_wrapper_document_archive import ResponseWrapperDocumentArchive
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    id: int,
    *,
    body: DocumentArchiveCustomerCustomerPostBody | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /documentArchive/customer/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/documentArchive/customer/{id}".format(
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
    id="DocumentArchiveCustomer_customerPost",
    group="document_archive",
    name="customer_post",
    method="POST",
    path="/documentArchive/customer/{id}",
    summary="[BETA] Upload file to Customer Document Archive.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="object",
    body_content_type="multipart/form-data",
    responses=((201, "ResponseWrapperDocumentArchive"),),
    deprecated=False,
    build=build,
    parse=parse,
)
