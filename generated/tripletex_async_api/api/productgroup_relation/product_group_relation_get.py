"""`GET /product/groupRelation/{id}` (ProductGroupRelation_get): `tx.product_group_relation.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_product_group_relation import ResponseWrapperProductGroupRelation
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /product/groupRelation/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/product/groupRelation/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProductGroupRelation | None:
    """The answer as `ResponseWrapperProductGroupRelation`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProductGroupRelation.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProductGroupRelation_get",
    group="product_group_relation",
    name="get",
    method="GET",
    path="/product/groupRelation/{id}",
    summary="Find product group relation by ID. Only available for Logistics Basic.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperProductGroupRelation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
