"""`GET /purchaseOrder/orderline/{id}` (PurchaseOrderOrderline_get): `tx.purchase_order_orderline.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_purchase_orderline import ResponseWrapperPurchaseOrderline
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /purchaseOrder/orderline/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/purchaseOrder/orderline/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperPurchaseOrderline | None:
    """The answer as `ResponseWrapperPurchaseOrderline`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperPurchaseOrderline.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="PurchaseOrderOrderline_get",
    group="purchase_order_orderline",
    name="get",
    method="GET",
    path="/purchaseOrder/orderline/{id}",
    summary="Find purchase order line by ID. Only available for Logistics Basic.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperPurchaseOrderline"),),
    deprecated=False,
    build=build,
    parse=parse,
)
