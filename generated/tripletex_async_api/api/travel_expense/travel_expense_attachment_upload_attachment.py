"""`POST /travelExpense/{travelExpenseId}/attachment` (TravelExpenseAttachment_uploadAttachment): `tx.travel_expense.upload_attachment(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.travel_expense_attachment_upload_attachment_body import TravelExpenseAttachmentUploadAttachmentBody
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    travel_expense_id: int,
    *,
    body: TravelExpenseAttachmentUploadAttachmentBody | Unset = UNSET,
    create_new_cost: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /travelExpense/{travelExpenseId}/attachment`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["createNewCost"] = create_new_cost

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/travelExpense/{travel_expense_id}/attachment".format(
            travel_expense_id=quote(str(travel_expense_id), safe=""),
        ),
        "params": params,
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 200:
        return None

    return None


OPERATION = Operation(
    id="TravelExpenseAttachment_uploadAttachment",
    group="travel_expense",
    name="upload_attachment",
    method="POST",
    path="/travelExpense/{travelExpenseId}/attachment",
    summary="Upload attachment to travel expense.",
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
