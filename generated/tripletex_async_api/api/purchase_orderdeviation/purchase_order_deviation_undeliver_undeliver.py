"""`PUT /purchaseOrder/deviation/{id}/:undeliver` (PurchaseOrderDeviationUndeliver_undeliver): `tx.purchase_order_deviation.undeliver(...)`."""

from urllib.parse import quote

import httpx

from ...models.response_wrapper_purchase_order import ResponseWrapperPurchaseOrder
from ...types import Operation, Param, RequestArgs


def build(
    id: int,
) -> RequestArgs:
    """The request of `PUT /purchaseOrder/deviation/{id}/:undeliver`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/purchaseOrder/deviation/{id}/:undeliver".format(
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
    id="PurchaseOrderDeviationUndeliver_undeliver",
    group="purchase_order_deviation",
    name="undeliver",
    method="PUT",
    path="/purchaseOrder/deviation/{id}/:undeliver",
    summary="Set status to Not delivered for deviations. Only available for Logistics Basic.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperPurchaseOrder"),),
    deprecated=False,
    build=build,
    parse=parse,
)
