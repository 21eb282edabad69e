"""`PUT /purchaseOrder/orderline/{id}` (PurchaseOrderOrderline_put): `tx.purchase_order_orderline.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.purchase_orderline import PurchaseOrderline
from ...models.response_wrapper_purchase_orderline import ResponseWrapperPurchaseOrderline
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: PurchaseOrderline,
) -> RequestArgs:
    """The request of `PUT /purchaseOrder/orderline/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/purchaseOrder/orderline/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperPurchaseOrderline | None:
    """The answer as `ResponseWrapperPurchaseOrderline`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperPurchaseOrderline.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="PurchaseOrderOrderline_put",
    group="purchase_order_orderline",
    name="put",
    method="PUT",
    path="/purchaseOrder/orderline/{id}",
    summary="Updates purchase order line. Only available for Logistics Basic.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="PurchaseOrderline",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperPurchaseOrderline"),),
    deprecated=False,
    build=build,
    parse=parse,
)
