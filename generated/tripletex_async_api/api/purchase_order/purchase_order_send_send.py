"""`PUT /purchaseOrder/{id}/:send` (PurchaseOrderSend_send): `tx.purchase_order.send(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.purchase_order_send_send_send_type import PurchaseOrderSendSendSendType
from ...models.response_wrapper_purchase_order import ResponseWrapperPurchaseOrder
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    send_type: PurchaseOrderSendSendSendType | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /purchaseOrder/{id}/:send`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    json_send_type: str | Unset = UNSET
    if not isinstance(send_type, Unset):
        json_send_type = send_type.value

    params["sendType"] = json_send_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/purchaseOrder/{id}/:send".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperPurchaseOrder | None:
    """The answer as `ResponseWrapperPurchaseOrder`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperPurchaseOrder.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="PurchaseOrderSend_send",
    group="purchase_order",
    name="send",
    method="PUT",
    path="/purchaseOrder/{id}/:send",
    summary="Send purchase order by ID and sendType. Only available for Logistics Basic.",
    parameters=(
        Param("id", "id", "path", True),
        Param("sendType", "send_type", "query", False, "DEFAULT"),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperPurchaseOrder"),),
    deprecated=False,
    build=build,
    parse=parse,
)
