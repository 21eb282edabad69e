"""`POST /salary/transaction/{id}/attachment/list` (SalaryTransactionAttachmentList_uploadAttachments): `tx.salary_transaction.upload_attachments(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_long import ResponseWrapperLong
from ...models.salary_transaction_attachment_list_upload_attachments_body import (
    SalaryTransactionAttachmentListUploadAttachmentsBody,
)
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: SalaryTransactionAttachmentListUploadAttachmentsBody,
) -> RequestArgs:
    """The request of `POST /salary/transaction/{id}/attachment/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/salary/transaction/{id}/attachment/list".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperLong | None:
    """The answer as `ResponseWrapperLong`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperLong.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="SalaryTransactionAttachmentList_uploadAttachments",
    group="salary_transaction",
    name="upload_attachments",
    method="POST",
    path="/salary/transaction/{id}/attachment/list",
    summary="Upload multiple attachments to a salary transaction",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="object",
    body_content_type="multipart/form-data",
    responses=((201, "ResponseWrapperLong"),),
    deprecated=False,
    build=build,
    parse=parse,
)
