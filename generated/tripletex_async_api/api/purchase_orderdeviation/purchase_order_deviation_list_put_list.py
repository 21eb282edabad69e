"""`PUT /purchaseOrder/deviation/list` (PurchaseOrderDeviationList_putList): `tx.purchase_order_deviation.put_list(...)`."""

from typing import Any

import httpx

from ...models.deviation import Deviation
from ...models.list_response_deviation import ListResponseDeviation
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[Deviation],
) -> RequestArgs:
    """The request of `PUT /purchaseOrder/deviation/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/purchaseOrder/deviation/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseDeviation | None:
    """The answer as `ListResponseDeviation`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseDeviation.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="PurchaseOrderDeviationList_putList",
    group="purchase_order_deviation",
    name="put_list",
    method="PUT",
    path="/purchaseOrder/deviation/list",
    summary="Update multiple deviations. Only available for Logistics Basic.",
    parameters=(),
    paginated=False,
    body_type="list[Deviation]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ListResponseDeviation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
