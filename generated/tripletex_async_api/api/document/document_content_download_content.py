"""`GET /document/{id}/content` (DocumentContent_downloadContent): `tx.document.download_content(...)`."""

from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ...types import UNSET, File, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    download: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /document/{id}/content`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["download"] = download

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/document/{id}/content".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> File | None:
    """The answer as `File`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    return None


OPERATION = Operation(
    id="DocumentContent_downloadContent",
    group="document",
    name="download_content",
    method="GET",
    path="/document/{id}/content",
    summary="[BETA] Get content of document given by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("download", "download", "query", False, True),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "File"),),
    deprecated=False,
    build=build,
    parse=parse,
)
