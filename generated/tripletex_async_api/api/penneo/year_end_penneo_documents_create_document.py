"""`POST /yearEnd/penneo/documents` (YearEndPenneoDocuments_createDocument): `tx.penneo.create_document(...)`."""

from typing import Any

import httpx

from ...models.add_document_request import AddDocumentRequest
from ...models.response_wrapper_string import ResponseWrapperString
from ...types import UNSET, Operation, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: AddDocumentRequest | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /yearEnd/penneo/documents`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/yearEnd/penneo/documents",
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperString | None:
    """The answer as `ResponseWrapperString`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperString.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="YearEndPenneoDocuments_createDocument",
    group="penneo",
    name="create_document",
    method="POST",
    path="/yearEnd/penneo/documents",
    summary="Add a document to an existing case file",
    parameters=(),
    paginated=False,
    body_type="AddDocumentRequest",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperString"),),
    deprecated=False,
    build=build,
    parse=parse,
)
