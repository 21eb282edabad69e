"""`POST /documentArchive/employee/{id}` (DocumentArchiveEmployee_employeePost): `tx.document_archive.employee_post(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.document_archive_employee_employee_post_body import DocumentArchiveEmployeeEmployeePostBody
from ...models.response_wrapper_document_archive import ResponseWrapperDocumentArchive
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    id: int,
    *,
    body: DocumentArchiveEmployeeEmployeePostBody | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /documentArchive/employee/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/documentArchive/employee/{id}".format(
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
    id="DocumentArchiveEmployee_employeePost",
    group="document_archive",
    name="employee_post",
    method="POST",
    path="/documentArchive/employee/{id}",
    summary="[BETA] Upload file to Employee Document Archive.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="object",
    body_content_type="multipart/form-data",
    responses=((201, "ResponseWrapperDocumentArchive"),),
    deprecated=False,
    build=build,
    parse=parse,
)
