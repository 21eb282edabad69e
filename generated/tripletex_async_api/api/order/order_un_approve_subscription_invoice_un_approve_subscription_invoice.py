"""`PUT /order/{id}/:unApproveSubscriptionInvoice` (OrderUnApproveSubscriptionInvoice_unApproveSubscriptionInvoice): `tx.order.un_approve_subscription_invoice(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...types import Operation, Param, RequestArgs


def build(
    id: int,
) -> RequestArgs:
    """The request of `PUT /order/{id}/:unApproveSubscriptionInvoice`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/order/{id}/:unApproveSubscriptionInvoice".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 200:
        return None

    return None


OPERATION = Operation(
    id="OrderUnApproveSubscriptionInvoice_unApproveSubscriptionInvoice",
    group="order",
    name="un_approve_subscription_invoice",
    method="PUT",
    path="/order/{id}/:unApproveSubscriptionInvoice",
    summary="Unapproves the order for subscription invoicing.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
