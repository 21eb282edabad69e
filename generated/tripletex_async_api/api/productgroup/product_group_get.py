"""`GET /product/group/{id}` (ProductGroup_get): `tx.product_group.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_product_group import ResponseWrapperProductGroup
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /product/group/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/product/group/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProductGroup | None:
    """The answer as `ResponseWrapperProductGroup`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProductGroup.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProductGroup_get",
    group="product_group",
    name="get",
    method="GET",
    path="/product/group/{id}",
    summary="Find product group by ID. Only available for Logistics Basic.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperProductGroup"),),
    deprecated=False,
    build=build,
    parse=parse,
)
