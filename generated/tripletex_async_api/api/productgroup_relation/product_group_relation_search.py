"""`GET /product/groupRelation` (ProductGroupRelation_search): `tx.product_group_relation.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_product_group_relation import ListResponseProductGroupRelation
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    product_id: str | Unset = UNSET,
    product_group_id: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /product/groupRelation`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["productId"] = product_id

    params["productGroupId"] = product_group_id

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/product/groupRelation",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseProductGroupRelation | None:
    """The answer as `ListResponseProductGroupRelation`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseProductGroupRelation.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProductGroupRelation_search",
    group="product_group_relation",
    name="search",
    method="GET",
    path="/product/groupRelation",
    summary="Find product group relation with sent data. Only available for Logistics Basic.",
    parameters=(
        Param("id", "id", "query", False),
        Param("productId", "product_id", "query", False),
        Param("productGroupId", "product_group_id", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseProductGroupRelation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
