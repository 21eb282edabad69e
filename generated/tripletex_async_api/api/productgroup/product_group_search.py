"""`GET /product/group` (ProductGroup_search): `tx.product_group.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_product_group import ListResponseProductGroup
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    query: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /product/group`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["name"] = name

    params["query"] = query

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/product/group",
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
    id="ProductGroup_search",
    group="product_group",
    name="search",
    method="GET",
    path="/product/group",
    summary="Find product group with sent data. Only available for Logistics Basic.",
    parameters=(
        Param("id", "id", "query", False),
        Param("name", "name", "query", False),
        Param("query", "query", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseProductGroup"),),
    deprecated=False,
    build=build,
    parse=parse,
)
