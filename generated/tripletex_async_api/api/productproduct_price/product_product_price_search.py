"""`GET /product/productPrice` (ProductProductPrice_search): `tx.product_product_price.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_product_price import ListResponseProductPrice
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    product_id: str,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    show_only_last_price: bool | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /product/productPrice`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["productId"] = product_id

    params["fromDate"] = from_date

    params["toDate"] = to_date

    params["showOnlyLastPrice"] = show_only_last_price

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/product/productPrice",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseProductPrice | None:
    """The answer as `ListResponseProductPrice`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseProductPrice.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProductProductPrice_search",
    group="product_product_price",
    name="search",
    method="GET",
    path="/product/productPrice",
    summary="Find prices for a product. Only available for Logistics Basic.",
    parameters=(
        Param("productId", "product_id", "query", True),
        Param("fromDate", "from_date", "query", False),
        Param("toDate", "to_date", "query", False),
        Param("showOnlyLastPrice", "show_only_last_price", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseProductPrice"),),
    deprecated=False,
    build=build,
    parse=parse,
)
