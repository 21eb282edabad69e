"""`GET /product/discountGroup/{id}` (ProductDiscountGroup_get): `tx.product_discount_group.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_discount_group import ResponseWrapperDiscountGroup
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /product/discountGroup/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/product/discountGroup/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperDiscountGroup | None:
    """The answer as `ResponseWrapperDiscountGroup`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperDiscountGroup.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProductDiscountGroup_get",
    group="product_discount_group",
    name="get",
    method="GET",
    path="/product/discountGroup/{id}",
    summary="Get discount group by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperDiscountGroup"),),
    deprecated=False,
    build=build,
    parse=parse,
)
