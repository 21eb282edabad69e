"""`POST /inventory` (Inventory_post): `tx.inventory.post(...)`."""

from typing import Any

import httpx

from ...models.inventory import Inventory
from ...models.response_wrapper_inventory import ResponseWrapperInventory
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: Inventory,
) -> RequestArgs:
    """The request of `POST /inventory`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/inventory",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperInventory | None:
    """The answer as `ResponseWrapperInventory`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperInventory.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="Inventory_post",
    group="inventory",
    name="post",
    method="POST",
    path="/inventory",
    summary="Create new inventory.",
    parameters=(),
    paginated=False,
    body_type="Inventory",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperInventory"),),
    deprecated=False,
    build=build,
    parse=parse,
)
