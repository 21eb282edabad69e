"""`GET /product/unit` (ProductUnit_search): `tx.product_unit.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_product_unit import ListResponseProductUnit
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    name_short: str | Unset = UNSET,
    common_code: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /product/unit`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["name"] = name

    params["nameShort"] = name_short

    params["commonCode"] = common_code

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/product/unit",
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
    id="ProductUnit_search",
    group="product_unit",
    name="search",
    method="GET",
    path="/product/unit",
    summary="Find product units corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("name", "name", "query", False),
        Param("nameShort", "name_short", "query", False),
        Param("commonCode", "common_code", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseProductUnit"),),
    deprecated=False,
    build=build,
    parse=parse,
)
