"""`GET /deliveryAddress/{id}` (DeliveryAddress_get): `tx.delivery_address.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_delivery_address import ResponseWrapperDeliveryAddress
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /deliveryAddress/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/deliveryAddress/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperDeliveryAddress | None:
    """The answer as `ResponseWrapperDeliveryAddress`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperDeliveryAddress.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="DeliveryAddress_get",
    group="delivery_address",
    name="get",
    method="GET",
    path="/deliveryAddress/{id}",
    summary="Get address by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperDeliveryAddress"),),
    deprecated=False,
    build=build,
    parse=parse,
)
