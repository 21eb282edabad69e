"""`PUT /purchaseOrder/deviation/{id}` (PurchaseOrderDeviation_put): `tx.purchase_order_deviation.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.deviation import Deviation
from ...models.response_wrapper_deviation import ResponseWrapperDeviation
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: Deviation,
) -> RequestArgs:
    """The request of `PUT /purchaseOrder/deviation/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/purchaseOrder/deviation/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperDeviation | None:
    """The answer as `ResponseWrapperDeviation`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperDeviation.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="PurchaseOrderDeviation_put",
    group="purchase_order_deviation",
    name="put",
    method="PUT",
    path="/purchaseOrder/deviation/{id}",
    summary="Update deviation. Only available for Logistics Basic.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="Deviation",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperDeviation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
