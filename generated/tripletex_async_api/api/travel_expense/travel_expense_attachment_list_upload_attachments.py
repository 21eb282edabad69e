"""`POST /travelExpense/{travelExpenseId}/attachment/list` (TravelExpenseAttachmentList_uploadAttachments): `tx.travel_expense.upload_attachments(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.travel_expense_attachment_list_upload_attachments_body import (
    TravelExpenseAttachmentListUploadAttachmentsBody,
)
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    travel_expense_id: int,
    *,
    body: TravelExpenseAttachmentListUploadAttachmentsBody,
    create_new_cost: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /travelExpense/{travelExpenseId}/attachment/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["createNewCost"] = create_new_cost

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/travelExpense/{travel_expense_id}/attachment/list".format(
            travel_expense_id=quote(str(travel_expense_id), safe=""),
        ),
        "params": params,
    }

    with request_body_serialization():
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 200:
        return None

    return None


OPERATION = Operation(
    id="TravelExpenseAttachmentList_uploadAttachments",
    group="travel_expense",
    name="upload_attachments",
    method="POST",
    path="/travelExpense/{travelExpenseId}/attachment/list",
    summary="Upload multiple attachments to travel expense.",
    parameters=(
        Param("travelExpenseId", "travel_expense_id", "path", True),
        Param("createNewCost", "create_new_cost", "query", False, False),
    ),
    paginated=False,
    body_type="object",
    body_content_type="multipart/form-data",
    responses=((200, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
