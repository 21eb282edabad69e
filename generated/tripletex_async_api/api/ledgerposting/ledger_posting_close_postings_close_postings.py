"""`PUT /ledger/posting/:closePostings` (LedgerPostingClosePostings_closePostings): `tx.ledger_posting.close_postings(...)`."""

from typing import Any

import httpx

from ...models.list_response_posting_validation_message import ListResponsePostingValidationMessage
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[int],
) -> RequestArgs:
    """The request of `PUT /ledger/posting/:closePostings`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/ledger/posting/:closePostings",
    }

    with request_body_serialization():
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponsePostingValidationMessage | None:
    """The answer as `ListResponsePostingValidationMessage`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponsePostingValidationMessage.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerPostingClosePostings_closePostings",
    group="ledger_posting",
    name="close_postings",
    method="PUT",
    path="/ledger/posting/:closePostings",
    summary="Close postings.",
    parameters=(),
    paginated=False,
    body_type="list[array]",
    body_content_type="application/json",
    responses=((200, "ListResponsePostingValidationMessage"),),
    deprecated=False,
    build=build,
    parse=parse,
)
