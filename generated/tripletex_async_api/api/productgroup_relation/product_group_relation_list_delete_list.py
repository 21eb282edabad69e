"""`DELETE /product/groupRelation/list` (ProductGroupRelationList_deleteList): `tx.product_group_relation.delete_list(...)`."""

from typing import Any

import httpx

from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[int],
) -> RequestArgs:
    """The request of `DELETE /product/groupRelation/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/product/groupRelation/list",
    }

    with request_body_serialization():
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="ProductGroupRelationList_deleteList",
    group="product_group_relation",
    name="delete_list",
    method="DELETE",
    path="/product/groupRelation/list",
    summary="Delete multiple product group relations. Only available for Logistics Basic.",
    parameters=(),
    paginated=False,
    body_type="list[array]",
    body_content_type="application/json",
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
