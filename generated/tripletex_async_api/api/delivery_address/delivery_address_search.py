"""`GET /deliveryAddress` (DeliveryAddress_search): `tx.delivery_address.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_delivery_address import ListResponseDeliveryAddress
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    address_line_1: str | Unset = UNSET,
    address_line_2: str | Unset = UNSET,
    postal_code: str | Unset = UNSET,
    city: str | Unset = UNSET,
    name: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /deliveryAddress`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["addressLine1"] = address_line_1

    params["addressLine2"] = address_line_2

    params["postalCode"] = postal_code

    params["city"] = city

    params["name"] = name

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/deliveryAddress",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseDeliveryAddress | None:
    """The answer as `ListResponseDeliveryAddress`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseDeliveryAddress.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="DeliveryAddress_search",
    group="delivery_address",
    name="search",
    method="GET",
    path="/deliveryAddress",
    summary="Find addresses corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("addressLine1", "address_line_1", "query", False),
        Param("addressLine2", "address_line_2", "query", False),
        Param("postalCode", "postal_code", "query", False),
        Param("city", "city", "query", False),
        Param("name", "name", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseDeliveryAddress"),),
    deprecated=False,
    build=build,
    parse=parse,
)
