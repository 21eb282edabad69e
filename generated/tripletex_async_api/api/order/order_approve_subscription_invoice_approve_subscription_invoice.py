"""`PUT /order/{id}/:approveSubscriptionInvoice` (OrderApproveSubscriptionInvoice_approveSubscriptionInvoice): `tx.order.approve_subscription_invoice(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_invoice import ResponseWrapperInvoice
from ...types import UNSET, Operation, Param, RequestArgs


def build(
    id: int,
    *,
    invoice_date: str,
) -> RequestArgs:
    """The request of `PUT /order/{id}/:approveSubscriptionInvoice`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["invoiceDate"] = invoice_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/order/{id}/:approveSubscriptionInvoice".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperInvoice | None:
    """The answer as `ResponseWrapperInvoice`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperInvoice.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="OrderApproveSubscriptionInvoice_approveSubscriptionInvoice",
    group="order",
    name="approve_subscription_invoice",
    method="PUT",
    path="/order/{id}/:approveSubscriptionInvoice",
    summary="To create a subscription invoice, first create a order with the subscription enabled, then approve it with this method. This approves the order for subscription invoicing.",
    parameters=(
        Param("id", "id", "path", True),
        Param("invoiceDate", "invoice_date", "query", True),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperInvoice"),),
    deprecated=False,
    build=build,
    parse=parse,
)
