"""`GET /bank/reconciliation/internal/autoposting/suggestions/{id}` (BankReconciliationInternalAutopostingSuggestions_get): `tx.bank_reconciliation_internal_autoposting.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_auto_posting_suggestion import ResponseWrapperAutoPostingSuggestion
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /bank/reconciliation/internal/autoposting/suggestions/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/bank/reconciliation/internal/autoposting/suggestions/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperAutoPostingSuggestion | None:
    """The answer as `ResponseWrapperAutoPostingSuggestion`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperAutoPostingSuggestion.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="BankReconciliationInternalAutopostingSuggestions_get",
    group="bank_reconciliation_internal_autoposting",
    name="get",
    method="GET",
    path="/bank/reconciliation/internal/autoposting/suggestions/{id}",
    summary="Get an AutoPosting suggestion by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperAutoPostingSuggestion"),),
    deprecated=False,
    build=build,
    parse=parse,
)
