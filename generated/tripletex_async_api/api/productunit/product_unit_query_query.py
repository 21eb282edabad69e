"""`GET /product/unit/query` (ProductUnitQuery_query): `tx.product_unit.query(...)`."""

from typing import Any

import httpx

from ...models.list_response_product_unit import ListResponseProductUnit
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    query: str | Unset = UNSET,
    count: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /product/unit/query`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["query"] = query

    params["count"] = count

    params["fields"] = fields

    params["from"] = from_

    params["sorting"] = sorting

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/product/unit/query",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseProductUnit | None:
    """The answer as `ListResponseProductUnit`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseProductUnit.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProductUnitQuery_query",
    group="product_unit",
    name="query",
    method="GET",
    path="/product/unit/query",
    summary="Wildcard search.",
    parameters=(
        Param("query", "query", "query", False),
        Param("count", "count", "query", False, 25),
        Param("fields", "fields", "query", False, "id, name"),
        Param("from", "from_", "query", False, "0"),
        Param("sorting", "sorting", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseProductUnit"),),
    deprecated=False,
    build=build,
    parse=parse,
)
