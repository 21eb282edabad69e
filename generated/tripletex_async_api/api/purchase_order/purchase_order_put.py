"""`PUT /purchaseOrder/{id}` (PurchaseOrder_put): `tx.purchase_order.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.purchase_order import PurchaseOrder
from ...models.response_wrapper_purchase_order import ResponseWrapperPurchaseOrder
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: PurchaseOrder,
) -> RequestArgs:
    """The request of `PUT /purchaseOrder/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/purchaseOrder/{id}".format(
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
    id="PurchaseOrder_put",
    group="purchase_order",
    name="put",
    method="PUT",
    path="/purchaseOrder/{id}",
    summary=" Update purchase order. Only available for Logistics Basic.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="PurchaseOrder",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperPurchaseOrder"),),
    deprecated=False,
    build=build,
    parse=parse,
)
