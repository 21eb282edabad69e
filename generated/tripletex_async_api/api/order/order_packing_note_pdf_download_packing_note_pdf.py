"""`GET /order/packingNote/{orderId}/pdf` (OrderPackingNotePdf_downloadPackingNotePdf): `tx.order.download_packing_note_pdf(...)`."""

from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ...models.order_packing_note_pdf_download_packing_note_pdf_type import (
    OrderPackingNotePdfDownloadPackingNotePdfType,
)
from ...types import UNSET, File, Operation, Param, RequestArgs, Unset


def build(
    order_id: int,
    *,
    type_: OrderPackingNotePdfDownloadPackingNotePdfType | Unset = UNSET,
    download: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /order/packingNote/{orderId}/pdf`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["download"] = download

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/order/packingNote/{order_id}/pdf".format(
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
    id="OrderPackingNotePdf_downloadPackingNotePdf",
    group="order",
    name="download_packing_note_pdf",
    method="GET",
    path="/order/packingNote/{orderId}/pdf",
    summary="Get PDF representation of packing note by ID.",
    parameters=(
        Param("orderId", "order_id", "path", True),
        Param("type", "type_", "query", False, "ALL_ORDER_LINES"),
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
