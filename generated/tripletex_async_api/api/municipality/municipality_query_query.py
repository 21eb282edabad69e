"""`GET /municipality/query` (MunicipalityQuery_query): `tx.municipality.query(...)`."""

from typing import Any

import httpx

from ...models.list_response_municipality import ListResponseMunicipality
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    count: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /municipality/query`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["query"] = query

    params["fields"] = fields

    params["count"] = count

    params["from"] = from_

    params["sorting"] = sorting

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/municipality/query",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseMunicipality | None:
    """The answer as `ListResponseMunicipality`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseMunicipality.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="MunicipalityQuery_query",
    group="municipality",
    name="query",
    method="GET",
    path="/municipality/query",
    summary="[BETA] Wildcard search.",
    parameters=(
        Param("id", "id", "query", False),
        Param("query", "query", "query", False),
        Param("fields", "fields", "query", False, "id, displayName"),
        Param("count", "count", "query", False, 25),
        Param("from", "from_", "query", False, "0"),
        Param("sorting", "sorting", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseMunicipality"),),
    deprecated=False,
    build=build,
    parse=parse,
)
