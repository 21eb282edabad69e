"""`PUT /order/orderline/{id}/:unpickLine` (OrderOrderlineUnpickLine_unpickLine): `tx.order_orderline.unpick_line(...)`."""

from urllib.parse import quote

import httpx

from ...models.response_wrapper_order_line import ResponseWrapperOrderLine
from ...types import Operation, Param, RequestArgs


def build(
    id: int,
) -> RequestArgs:
    """The request of `PUT /order/orderline/{id}/:unpickLine`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/order/orderline/{id}/:unpickLine".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperOrderLine | None:
    """The answer as `ResponseWrapperOrderLine`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperOrderLine.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="OrderOrderlineUnpickLine_unpickLine",
    group="order_orderline",
    name="unpick_line",
    method="PUT",
    path="/order/orderline/{id}/:unpickLine",
    summary="[BETA] Unpick order line.This is only available for customers who have Logistics and who activated the available inventory functionality.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperOrderLine"),),
    deprecated=False,
    build=build,
    parse=parse,
)
