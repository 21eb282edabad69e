"""`PUT /yearEnd/penneo/documents/{documentId}` (YearEndPenneoDocuments_updateDocument): `tx.penneo.update_document(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_string import ResponseWrapperString
from ...models.update_document_request import UpdateDocumentRequest
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    document_id: int,
    *,
    body: UpdateDocumentRequest | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /yearEnd/penneo/documents/{documentId}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/yearEnd/penneo/documents/{document_id}".format(
            document_id=quote(str(document_id), safe=""),
        ),
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperString | None:
    """The answer as `ResponseWrapperString`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperString.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="YearEndPenneoDocuments_updateDocument",
    group="penneo",
    name="update_document",
    method="PUT",
    path="/yearEnd/penneo/documents/{documentId}",
    summary="Update an existing document in a case file",
    parameters=(Param("documentId", "document_id", "path", True),),
    paginated=False,
    body_type="UpdateDocumentRequest",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperString"),),
    deprecated=False,
    build=build,
    parse=parse,
)
