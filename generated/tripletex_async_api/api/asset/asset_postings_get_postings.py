"""`GET /asset/{id}/postings` (AssetPostings_getPostings): `tx.asset.get_postings(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.list_response_posting import ListResponsePosting
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    date_from: str | Unset = UNSET,
    date_to_exclusive: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /asset/{id}/postings`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["dateFrom"] = date_from

    params["dateToExclusive"] = date_to_exclusive

    params["fields"] = fields

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/asset/{id}/postings".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponsePosting | None:
    """The answer as `ListResponsePosting`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponsePosting.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="AssetPostings_getPostings",
    group="asset",
    name="get_postings",
    method="GET",
    path="/asset/{id}/postings",
    summary="Get postings associated with asset",
    parameters=(
        Param("id", "id", "path", True),
        Param("dateFrom", "date_from", "query", False),
        Param("dateToExclusive", "date_to_exclusive", "query", False),
        Param("fields", "fields", "query", False, "*"),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponsePosting"),),
    deprecated=False,
    build=build,
    parse=parse,
)
