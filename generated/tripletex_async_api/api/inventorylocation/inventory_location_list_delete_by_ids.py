"""`DELETE /inventory/location/list` (InventoryLocationList_deleteByIds): `tx.inventory_location.delete_by_ids(...)`."""

from typing import Any

import httpx

from ...types import UNSET, Operation, Param, RequestArgs


def build(
    *,
    ids: str,
) -> RequestArgs:
    """The request of `DELETE /inventory/location/list`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["ids"] = ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/inventory/location/list",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="InventoryLocationList_deleteByIds",
    group="inventory_location",
    name="delete_by_ids",
    method="DELETE",
    path="/inventory/location/list",
    summary="Delete inventory location. Only available for Logistics Basic.",
    parameters=(Param("ids", "ids", "query", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
