"""`PUT /inventory/location/{id}` (InventoryLocation_put): `tx.inventory_location.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.inventory_location import InventoryLocation
from ...models.response_wrapper_inventory_location import ResponseWrapperInventoryLocation
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: InventoryLocation,
) -> RequestArgs:
    """The request of `PUT /inventory/location/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/inventory/location/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperInventoryLocation | None:
    """The answer as `ResponseWrapperInventoryLocation`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperInventoryLocation.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="InventoryLocation_put",
    group="inventory_location",
    name="put",
    method="PUT",
    path="/inventory/location/{id}",
    summary="Update inventory location. Only available for Logistics Basic.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="InventoryLocation",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperInventoryLocation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
