"""`GET /document/{id}` (Document_get): `tx.document.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_document import ResponseWrapperDocument
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /document/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/document/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperDocument | None:
    """The answer as `ResponseWrapperDocument`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperDocument.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Document_get",
    group="document",
    name="get",
    method="GET",
    path="/document/{id}",
    summary="[BETA] Get document by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperDocument"),),
    deprecated=False,
    build=build,
    parse=parse,
)
