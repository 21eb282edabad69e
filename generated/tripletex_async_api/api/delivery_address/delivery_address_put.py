"""`PUT /deliveryAddress/{id}` (DeliveryAddress_put): `tx.delivery_address.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.delivery_address import DeliveryAddress
from ...models.response_wrapper_delivery_address import ResponseWrapperDeliveryAddress
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: DeliveryAddress,
) -> RequestArgs:
    """The request of `PUT /deliveryAddress/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/deliveryAddress/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperDeliveryAddress | None:
    """The answer as `ResponseWrapperDeliveryAddress`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperDeliveryAddress.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="DeliveryAddress_put",
    group="delivery_address",
    name="put",
    method="PUT",
    path="/deliveryAddress/{id}",
    summary="Update address.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="DeliveryAddress",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperDeliveryAddress"),),
    deprecated=False,
    build=build,
    parse=parse,
)
