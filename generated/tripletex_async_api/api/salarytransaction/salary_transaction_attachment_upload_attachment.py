"""`POST /salary/transaction/{id}/attachment` (SalaryTransactionAttachment_uploadAttachment): `tx.salary_transaction.upload_attachment(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_long import ResponseWrapperLong
from ...models.salary_transaction_attachment_upload_attachment_body import (
    SalaryTransactionAttachmentUploadAttachmentBody,
)
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    id: int,
    *,
    body: SalaryTransactionAttachmentUploadAttachmentBody | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /salary/transaction/{id}/attachment`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/salary/transaction/{id}/attachment".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
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
    id="SalaryTransactionAttachment_uploadAttachment",
    group="salary_transaction",
    name="upload_attachment",
    method="POST",
    path="/salary/transaction/{id}/attachment",
    summary="Upload an attachment to a salary transaction",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="object",
    body_content_type="multipart/form-data",
    responses=((201, "ResponseWrapperLong"),),
    deprecated=False,
    build=build,
    parse=parse,
)
