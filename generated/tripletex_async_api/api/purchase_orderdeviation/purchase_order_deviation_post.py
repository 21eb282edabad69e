"""`POST /purchaseOrder/deviation` (PurchaseOrderDeviation_post): `tx.purchase_order_deviation.post(...)`."""

from typing import Any

import httpx

from ...models.deviation import Deviation
from ...models.response_wrapper_deviation import ResponseWrapperDeviation
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: Deviation,
) -> RequestArgs:
    """The request of `POST /purchaseOrder/deviation`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/purchaseOrder/deviation",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperDeviation | None:
    """The answer as `ResponseWrapperDeviation`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperDeviation.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="PurchaseOrderDeviation_post",
    group="purchase_order_deviation",
    name="post",
    method="POST",
    path="/purchaseOrder/deviation",
    summary="Register deviation on goods receipt. Only available for Logistics Basic.",
    parameters=(),
    paginated=False,
    body_type="Deviation",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperDeviation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
