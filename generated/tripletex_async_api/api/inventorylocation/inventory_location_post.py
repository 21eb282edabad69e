"""`POST /inventory/location` (InventoryLocation_post): `tx.inventory_location.post(...)`."""

from typing import Any

import httpx

from ...models.inventory_location import InventoryLocation
from ...models.response_wrapper_inventory_location import ResponseWrapperInventoryLocation
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: InventoryLocation,
) -> RequestArgs:
    """The request of `POST /inventory/location`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/inventory/location",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperInventoryLocation | None:
    """The answer as `ResponseWrapperInventoryLocation`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperInventoryLocation.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="InventoryLocation_post",
    group="inventory_location",
    name="post",
    method="POST",
    path="/inventory/location",
    summary="Create new inventory location. Only available for Logistics Basic.",
    parameters=(),
    paginated=False,
    body_type="InventoryLocation",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperInventoryLocation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
