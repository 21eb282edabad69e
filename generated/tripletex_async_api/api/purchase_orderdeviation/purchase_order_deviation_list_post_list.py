"""`POST /purchaseOrder/deviation/list` (PurchaseOrderDeviationList_postList): `tx.purchase_order_deviation.post_list(...)`."""

from typing import Any

import httpx

from ...models.deviation import Deviation
from ...models.list_response_deviation import ListResponseDeviation
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[Deviation],
) -> RequestArgs:
    """The request of `POST /purchaseOrder/deviation/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
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
    if response.status_code == 201:
        response_201 = ListResponseDeviation.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="PurchaseOrderDeviationList_postList",
    group="purchase_order_deviation",
    name="post_list",
    method="POST",
    path="/purchaseOrder/deviation/list",
    summary="Register multiple deviations. Only available for Logistics Basic.",
    parameters=(),
    paginated=False,
    body_type="list[Deviation]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseDeviation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
