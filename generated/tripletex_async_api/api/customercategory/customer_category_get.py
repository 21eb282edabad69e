"""`GET /customer/category/{id}` (CustomerCategory_get): `tx.customer_category.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_customer_category import ResponseWrapperCustomerCategory
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /customer/category/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/customer/category/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperCustomerCategory | None:
    """The answer as `ResponseWrapperCustomerCategory`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperCustomerCategory.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="CustomerCategory_get",
    group="customer_category",
    name="get",
    method="GET",
    path="/customer/category/{id}",
    summary="Find customer/supplier category by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperCustomerCategory"),),
    deprecated=False,
    build=build,
    parse=parse,
)
