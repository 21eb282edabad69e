"""`GET /pickupPoint/{id}` (PickupPoint_get): `tx.pickup_point.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_pickup_point import ResponseWrapperPickupPoint
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /pickupPoint/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/pickupPoint/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperPickupPoint | None:
    """The answer as `ResponseWrapperPickupPoint`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperPickupPoint.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="PickupPoint_get",
    group="pickup_point",
    name="get",
    method="GET",
    path="/pickupPoint/{id}",
    summary="[DEPRECATED] Find pickup point by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperPickupPoint"),),
    deprecated=False,
    build=build,
    parse=parse,
)
