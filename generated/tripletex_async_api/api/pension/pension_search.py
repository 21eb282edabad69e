"""`GET /pension` (Pension_search): `tx.pension.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_global_pension import ListResponseGlobalPension
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    query: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /pension`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["query"] = query

    params["startDate"] = start_date

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/pension",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseGlobalPension | None:
    """The answer as `ListResponseGlobalPension`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseGlobalPension.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Pension_search",
    group="pension",
    name="search",
    method="GET",
    path="/pension",
    summary="Find countries corresponding with sent data.",
    parameters=(
        Param("query", "query", "query", False),
        Param("startDate", "start_date", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseGlobalPension"),),
    deprecated=False,
    build=build,
    parse=parse,
)
