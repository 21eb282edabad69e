"""`GET /order/orderConfirmation/{orderId}/pdf` (OrderOrderConfirmationPdf_downloadPdf): `tx.order.download_pdf(...)`."""

from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ...types import UNSET, File, Operation, Param, RequestArgs, Unset


def build(
    order_id: int,
    *,
    download: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /order/orderConfirmation/{orderId}/pdf`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["download"] = download

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/order/orderConfirmation/{order_id}/pdf".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> File | None:
    """The answer as `File`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    return None


OPERATION = Operation(
    id="OrderOrderConfirmationPdf_downloadPdf",
    group="order",
    name="download_pdf",
    method="GET",
    path="/order/orderConfirmation/{orderId}/pdf",
    summary="Get PDF representation of order by ID.",
    parameters=(
        Param("orderId", "order_id", "path", True),
        Param("download", "download", "query", False, True),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "File"),),
    deprecated=False,
    build=build,
    parse=parse,
)
