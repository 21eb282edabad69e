"""`PUT /order/sendPackingNote/{orderId}` (OrderSendPackingNote_postPackingNote): `tx.order.post_packing_note(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.order_send_packing_note_post_packing_note_type import OrderSendPackingNotePostPackingNoteType
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    order_id: int,
    *,
    email: str | Unset = UNSET,
    message: str | Unset = UNSET,
    save_as_default: bool | Unset = UNSET,
    type_: OrderSendPackingNotePostPackingNoteType | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /order/sendPackingNote/{orderId}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["email"] = email

    params["message"] = message

    params["saveAsDefault"] = save_as_default

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/order/sendPackingNote/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="OrderSendPackingNote_postPackingNote",
    group="order",
    name="post_packing_note",
    method="PUT",
    path="/order/sendPackingNote/{orderId}",
    summary="Send Packing Note to customer by email.",
    parameters=(
        Param("orderId", "order_id", "path", True),
        Param("email", "email", "query", False),
        Param("message", "message", "query", False),
        Param("saveAsDefault", "save_as_default", "query", False),
        Param("type", "type_", "query", False, "ALL_ORDER_LINES"),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
