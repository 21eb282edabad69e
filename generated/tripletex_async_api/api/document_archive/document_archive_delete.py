"""`DELETE /documentArchive/{id}` (DocumentArchive_delete): `tx.document_archive.delete(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...types import Operation, Param, RequestArgs


def build(
    id: int,
) -> RequestArgs:
    """The request of `DELETE /documentArchive/{id}`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/documentArchive/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="DocumentArchive_delete",
    group="document_archive",
    name="delete",
    method="DELETE",
    path="/documentArchive/{id}",
    summary="[BETA] Delete document archive.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
