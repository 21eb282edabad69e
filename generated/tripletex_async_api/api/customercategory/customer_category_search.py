"""`GET /customer/category` (CustomerCategory_search): `tx.customer_category.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_customer_category import ListResponseCustomerCategory
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    number: str | Unset = UNSET,
    description: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /customer/category`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["name"] = name

    params["number"] = number

    params["description"] = description

    params["type"] = type_

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/customer/category",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseCustomerCategory | None:
    """The answer as `ListResponseCustomerCategory`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseCustomerCategory.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="CustomerCategory_search",
    group="customer_category",
    name="search",
    method="GET",
    path="/customer/category",
    summary="Find customer/supplier categories corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("name", "name", "query", False),
        Param("number", "number", "query", False),
        Param("description", "description", "query", False),
        Param("type", "type_", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseCustomerCategory"),),
    deprecated=False,
    build=build,
    parse=parse,
)
