"""`DELETE /purchaseOrder/deviation/{id}` (PurchaseOrderDeviation_delete): `tx.purchase_order_deviation.delete(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...types import Operation, Param, RequestArgs


def build(
    id: int,
) -> RequestArgs:
    """The request of `DELETE /purchaseOrder/deviation/{id}`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/purchaseOrder/deviation/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="PurchaseOrderDeviation_delete",
    group="purchase_order_deviation",
    name="delete",
    method="DELETE",
    path="/purchaseOrder/deviation/{id}",
    summary="Delete goods receipt by purchase order ID. Only available for Logistics Basic.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
