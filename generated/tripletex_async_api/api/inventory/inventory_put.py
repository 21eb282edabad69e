"""`PUT /inventory/{id}` (Inventory_put): `tx.inventory.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.inventory import Inventory
from ...models.response_wrapper_inventory import ResponseWrapperInventory
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: Inventory,
) -> RequestArgs:
    """The request of `PUT /inventory/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/inventory/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperInventory | None:
    """The answer as `ResponseWrapperInventory`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperInventory.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Inventory_put",
    group="inventory",
    name="put",
    method="PUT",
    path="/inventory/{id}",
    summary="Update inventory.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="Inventory",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperInventory"),),
    deprecated=False,
    build=build,
    parse=parse,
)
