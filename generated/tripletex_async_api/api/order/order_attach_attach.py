"""`PUT /order/{id}/:attach` (OrderAttach_attach): `tx.order.attach(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.order_attach_attach_body import OrderAttachAttachBody
from ...models.response_wrapper_document_archive import ResponseWrapperDocumentArchive
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    id: int,
    *,
    body: OrderAttachAttachBody | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /order/{id}/:attach`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/order/{id}/:attach".format(
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
    if response.status_code == 200:
        response_200 = ResponseWrapperDocumentArchive.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="OrderAttach_attach",
    group="order",
    name="attach",
    method="PUT",
    path="/order/{id}/:attach",
    summary="Attach document to specified order ID.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="object",
    body_content_type="multipart/form-data",
    responses=((200, "ResponseWrapperDocumentArchive"),),
    deprecated=False,
    build=build,
    parse=parse,
)
