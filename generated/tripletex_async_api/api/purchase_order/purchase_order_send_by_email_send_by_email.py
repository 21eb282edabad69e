"""`PUT /purchaseOrder/{id}/:sendByEmail` (PurchaseOrderSendByEmail_sendByEmail): `tx.purchase_order.send_by_email(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.purchase_order_email import PurchaseOrderEmail
from ...models.response_wrapper_purchase_order import ResponseWrapperPurchaseOrder
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: PurchaseOrderEmail,
) -> RequestArgs:
    """The request of `PUT /purchaseOrder/{id}/:sendByEmail`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/purchaseOrder/{id}/:sendByEmail".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperPurchaseOrder | None:
    """The answer as `ResponseWrapperPurchaseOrder`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperPurchaseOrder.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="PurchaseOrderSendByEmail_sendByEmail",
    group="purchase_order",
    name="send_by_email",
    method="PUT",
    path="/purchaseOrder/{id}/:sendByEmail",
    summary="Send purchase order by customisable email. Only available for Logistics Basic.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="PurchaseOrderEmail",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperPurchaseOrder"),),
    deprecated=False,
    build=build,
    parse=parse,
)
