"""`POST /purchaseOrder/{id}/attachment` (PurchaseOrderAttachment_uploadAttachment): `tx.purchase_order.upload_attachment(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.purchase_order_attachment_upload_attachment_body import PurchaseOrderAttachmentUploadAttachmentBody
from ...models.response_wrapper_purchase_order import ResponseWrapperPurchaseOrder
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    id: int,
    *,
    body: PurchaseOrderAttachmentUploadAttachmentBody | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /purchaseOrder/{id}/attachment`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/purchaseOrder/{id}/attachment".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperPurchaseOrder | None:
    """The answer as `ResponseWrapperPurchaseOrder`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperPurchaseOrder.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="PurchaseOrderAttachment_uploadAttachment",
    group="purchase_order",
    name="upload_attachment",
    method="POST",
    path="/purchaseOrder/{id}/attachment",
    summary="Upload attachment to purchase order. Only available for Logistics Basic.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, "*"),
    ),
    paginated=False,
    body_type="object",
    body_content_type="multipart/form-data",
    responses=((201, "ResponseWrapperPurchaseOrder"),),
    deprecated=False,
    build=build,
    parse=parse,
)
