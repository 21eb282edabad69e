"""`POST /purchaseOrder/{id}/attachment/list` (PurchaseOrderAttachmentList_uploadAttachments): `tx.purchase_order.upload_attachments(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.purchase_order_attachment_list_upload_attachments_body import (
    PurchaseOrderAttachmentListUploadAttachmentsBody,
)
from ...models.response_wrapper_purchase_order import ResponseWrapperPurchaseOrder
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: PurchaseOrderAttachmentListUploadAttachmentsBody,
) -> RequestArgs:
    """The request of `POST /purchaseOrder/{id}/attachment/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/purchaseOrder/{id}/attachment/list".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
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
    id="PurchaseOrderAttachmentList_uploadAttachments",
    group="purchase_order",
    name="upload_attachments",
    method="POST",
    path="/purchaseOrder/{id}/attachment/list",
    summary="Upload multiple attachments to Purchase Order. Only available for Logistics Basic.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="object",
    body_content_type="multipart/form-data",
    responses=((201, "ResponseWrapperPurchaseOrder"),),
    deprecated=False,
    build=build,
    parse=parse,
)
