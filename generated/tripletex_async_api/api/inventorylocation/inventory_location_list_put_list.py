"""`PUT /inventory/location/list` (InventoryLocationList_putList): `tx.inventory_location.put_list(...)`."""

from typing import Any

import httpx

from ...models.inventory_location import InventoryLocation
from ...models.list_response_inventory_location import ListResponseInventoryLocation
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[InventoryLocation],
) -> RequestArgs:
    """The request of `PUT /inventory/location/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/inventory/location/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseInventoryLocation | None:
    """The answer as `ListResponseInventoryLocation`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseInventoryLocation.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="InventoryLocationList_putList",
    group="inventory_location",
    name="put_list",
    method="PUT",
    path="/inventory/location/list",
    summary="Update multiple inventory locations. Only available for Logistics Basic.",
    parameters=(),
    paginated=False,
    body_type="list[InventoryLocation]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ListResponseInventoryLocation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
