"""`PUT /purchaseOrder/orderline/list` (PurchaseOrderOrderlineList_putList): `tx.purchase_order_orderline.put_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_purchase_orderline import ListResponsePurchaseOrderline
from ...models.purchase_orderline import PurchaseOrderline
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[PurchaseOrderline],
) -> RequestArgs:
    """The request of `PUT /purchaseOrder/orderline/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/purchaseOrder/orderline/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponsePurchaseOrderline | None:
    """The answer as `ListResponsePurchaseOrderline`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponsePurchaseOrderline.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="PurchaseOrderOrderlineList_putList",
    group="purchase_order_orderline",
    name="put_list",
    method="PUT",
    path="/purchaseOrder/orderline/list",
    summary="Update a list of purchase order lines. Only available for Logistics Basic.",
    parameters=(),
    paginated=False,
    body_type="list[PurchaseOrderline]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ListResponsePurchaseOrderline"),),
    deprecated=False,
    build=build,
    parse=parse,
)
