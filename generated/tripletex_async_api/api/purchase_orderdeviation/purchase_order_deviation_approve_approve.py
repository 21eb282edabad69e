"""`PUT /purchaseOrder/deviation/{id}/:approve` (PurchaseOrderDeviationApprove_approve): `tx.purchase_order_deviation.approve(...)`."""

from urllib.parse import quote

import httpx

from ...models.response_wrapper_purchase_order import ResponseWrapperPurchaseOrder
from ...types import Operation, Param, RequestArgs


def build(
    id: int,
) -> RequestArgs:
    """The request of `PUT /purchaseOrder/deviation/{id}/:approve`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/purchaseOrder/deviation/{id}/:approve".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperPurchaseOrder | None:
    """The answer as `ResponseWrapperPurchaseOrder`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperPurchaseOrder.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="PurchaseOrderDeviationApprove_approve",
    group="purchase_order_deviation",
    name="approve",
    method="PUT",
    path="/purchaseOrder/deviation/{id}/:approve",
    summary="Approve deviations. Only available for Logistics Basic.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperPurchaseOrder"),),
    deprecated=False,
    build=build,
    parse=parse,
)
