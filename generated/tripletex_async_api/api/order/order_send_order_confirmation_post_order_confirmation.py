"""`PUT /order/sendOrderConfirmation/{orderId}` (OrderSendOrderConfirmation_postOrderConfirmation): `tx.order.post_order_confirmation(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    order_id: int,
    *,
    email: str | Unset = UNSET,
    message: str | Unset = UNSET,
    save_as_default: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /order/sendOrderConfirmation/{orderId}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["email"] = email

    params["message"] = message

    params["saveAsDefault"] = save_as_default

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/order/sendOrderConfirmation/{order_id}".format(
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
    id="OrderSendOrderConfirmation_postOrderConfirmation",
    group="order",
    name="post_order_confirmation",
    method="PUT",
    path="/order/sendOrderConfirmation/{orderId}",
    summary="Send Order Confirmation to customer by email.",
    parameters=(
        Param("orderId", "order_id", "path", True),
        Param("email", "email", "query", False),
        Param("message", "message", "query", False),
        Param("saveAsDefault", "save_as_default", "query", False),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
