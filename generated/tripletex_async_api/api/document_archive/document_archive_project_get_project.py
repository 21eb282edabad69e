"""`GET /documentArchive/project/{id}` (DocumentArchiveProject_getProject): `tx.document_archive.get_project(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.list_response_document_archive import ListResponseDocumentArchive
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    period_date_from: str | Unset = UNSET,
    period_date_to: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /documentArchive/project/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["periodDateFrom"] = period_date_from

    params["periodDateTo"] = period_date_to

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/documentArchive/project/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseDocumentArchive | None:
    """The answer as `ListResponseDocumentArchive`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseDocumentArchive.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="DocumentArchiveProject_getProject",
    group="document_archive",
    name="get_project",
    method="GET",
    path="/documentArchive/project/{id}",
    summary="[BETA] Find documents archived associated with project object type.",
    parameters=(
        Param("id", "id", "path", True),
        Param("periodDateFrom", "period_date_from", "query", False),
        Param("periodDateTo", "period_date_to", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseDocumentArchive"),),
    deprecated=False,
    build=build,
    parse=parse,
)
