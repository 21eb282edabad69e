"""`GET /product/unit/master` (ProductUnitMaster_search): `tx.product_unit_master.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_product_unit_master import ListResponseProductUnitMaster
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    name_short: str | Unset = UNSET,
    common_code: str | Unset = UNSET,
    peppol_name: str | Unset = UNSET,
    peppol_symbol: str | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    count: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /product/unit/master`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["name"] = name

    params["nameShort"] = name_short

    params["commonCode"] = common_code

    params["peppolName"] = peppol_name

    params["peppolSymbol"] = peppol_symbol

    params["isInactive"] = is_inactive

    params["count"] = count

    params["from"] = from_

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/product/unit/master",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseProductUnitMaster | None:
    """The answer as `ListResponseProductUnitMaster`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseProductUnitMaster.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProductUnitMaster_search",
    group="product_unit_master",
    name="search",
    method="GET",
    path="/product/unit/master",
    summary="Find product units master corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("name", "name", "query", False),
        Param("nameShort", "name_short", "query", False),
        Param("commonCode", "common_code", "query", False),
        Param("peppolName", "peppol_name", "query", False),
        Param("peppolSymbol", "peppol_symbol", "query", False),
        Param("isInactive", "is_inactive", "query", False),
        Param("count", "count", "query", False, 2400),
        Param("from", "from_", "query", False, "0"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseProductUnitMaster"),),
    deprecated=False,
    build=build,
    parse=parse,
)
