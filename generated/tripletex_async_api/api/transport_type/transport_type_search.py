"""`GET /transportType` (TransportType_search): `tx.transport_type.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_transport_type import ListResponseTransportType
from ...models.transport_type_search_supplier import TransportTypeSearchSupplier
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    supplier: TransportTypeSearchSupplier,
    count: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /transportType`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    json_supplier = supplier.value
    params["supplier"] = json_supplier

    params["count"] = count

    params["fields"] = fields

    params["from"] = from_

    params["sorting"] = sorting

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/transportType",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseTransportType | None:
    """The answer as `ListResponseTransportType`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseTransportType.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TransportType_search",
    group="transport_type",
    name="search",
    method="GET",
    path="/transportType",
    summary="[BETA] Search transport type by supplier.",
    parameters=(
        Param("supplier", "supplier", "query", True),
        Param("count", "count", "query", False, 3),
        Param("fields", "fields", "query", False, "id, nameKey, code, isPickUp"),
        Param("from", "from_", "query", False, "0"),
        Param("sorting", "sorting", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseTransportType"),),
    deprecated=False,
    build=build,
    parse=parse,
)
