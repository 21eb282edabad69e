"""`GET /product/group/query` (ProductGroupQuery_query): `tx.product_group.query(...)`."""

from typing import Any

import httpx

from ...models.list_response_product_group import ListResponseProductGroup
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    count: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /product/group/query`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["query"] = query

    params["name"] = name

    params["fields"] = fields

    params["count"] = count

    params["from"] = from_

    params["sorting"] = sorting

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/product/group/query",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseProductGroup | None:
    """The answer as `ListResponseProductGroup`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseProductGroup.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProductGroupQuery_query",
    group="product_group",
    name="query",
    method="GET",
    path="/product/group/query",
    summary="Wildcard search. Only available for Logistics Basic.",
    parameters=(
        Param("query", "query", "query", False),
        Param("name", "name", "query", False),
        Param("fields", "fields", "query", False, "id, name"),
        Param("count", "count", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("sorting", "sorting", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseProductGroup"),),
    deprecated=False,
    build=build,
    parse=parse,
)
