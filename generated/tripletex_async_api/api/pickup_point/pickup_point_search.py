"""`GET /pickupPoint` (PickupPoint_search): `tx.pickup_point.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_pickup_point import ListResponsePickupPoint
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    supplier_id: list[int] | Unset = UNSET,
    transport_type_id: list[int] | Unset = UNSET,
    code: str | Unset = UNSET,
    name: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /pickupPoint`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    json_supplier_id: list[int] | Unset = UNSET
    if not isinstance(supplier_id, Unset):
        json_supplier_id = supplier_id

    params["supplierId"] = json_supplier_id

    json_transport_type_id: list[int] | Unset = UNSET
    if not isinstance(transport_type_id, Unset):
        json_transport_type_id = transport_type_id

    params["transportTypeId"] = json_transport_type_id

    params["code"] = code

    params["name"] = name

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/pickupPoint",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponsePickupPoint | None:
    """The answer as `ListResponsePickupPoint`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponsePickupPoint.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="PickupPoint_search",
    group="pickup_point",
    name="search",
    method="GET",
    path="/pickupPoint",
    summary="[DEPRECATED] Search pickup points.",
    parameters=(
        Param("supplierId", "supplier_id", "query", False),
        Param("transportTypeId", "transport_type_id", "query", False),
        Param("code", "code", "query", False),
        Param("name", "name", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponsePickupPoint"),),
    deprecated=False,
    build=build,
    parse=parse,
)
