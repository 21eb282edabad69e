"""`DELETE /purchaseOrder/{id}` (PurchaseOrder_delete): `tx.purchase_order.delete(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...types import Operation, Param, RequestArgs


def build(
    id: int,
) -> RequestArgs:
    """The request of `DELETE /purchaseOrder/{id}`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/purchaseOrder/{id}".format(
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
    id="PurchaseOrder_delete",
    group="purchase_order",
    name="delete",
    method="DELETE",
    path="/purchaseOrder/{id}",
    summary=" Delete purchase order. Only available for Logistics Basic.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
