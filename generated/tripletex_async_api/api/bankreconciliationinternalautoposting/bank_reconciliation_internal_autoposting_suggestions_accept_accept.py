"""`PUT /bank/reconciliation/internal/autoposting/suggestions/{id}/accept` (BankReconciliationInternalAutopostingSuggestionsAccept_accept): `tx.bank_reconciliation_internal_autoposting.accept(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...types import Operation, Param, RequestArgs


def build(
    id: int,
) -> RequestArgs:
    """The request of `PUT /bank/reconciliation/internal/autoposting/suggestions/{id}/accept`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/bank/reconciliation/internal/autoposting/suggestions/{id}/accept".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 200:
        return None

    return None


OPERATION = Operation(
    id="BankReconciliationInternalAutopostingSuggestionsAccept_accept",
    group="bank_reconciliation_internal_autoposting",
    name="accept",
    method="PUT",
    path="/bank/reconciliation/internal/autoposting/suggestions/{id}/accept",
    summary="Accept an AutoPosting suggestion by ID.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
