"""`GET /purchaseOrder/deviation/{id}` (PurchaseOrderDeviation_get): `tx.purchase_order_deviation.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_deviation import ResponseWrapperDeviation
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /purchaseOrder/deviation/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/purchaseOrder/deviation/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperDeviation | None:
    """The answer as `ResponseWrapperDeviation`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperDeviation.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="PurchaseOrderDeviation_get",
    group="purchase_order_deviation",
    name="get",
    method="GET",
    path="/purchaseOrder/deviation/{id}",
    summary="Get deviation by order line ID. Only available for Logistics Basic.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperDeviation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
