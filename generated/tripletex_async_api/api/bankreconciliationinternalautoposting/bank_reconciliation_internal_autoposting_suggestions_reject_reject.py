"""`PUT /bank/reconciliation/internal/autoposting/suggestions/{id}/reject` (BankReconciliationInternalAutopostingSuggestionsReject_reject): `tx.bank_reconciliation_internal_autoposting.reject(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...types import Operation, Param, RequestArgs


def build(
    id: int,
) -> RequestArgs:
    """The request of `PUT /bank/reconciliation/internal/autoposting/suggestions/{id}/reject`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/bank/reconciliation/internal/autoposting/suggestions/{id}/reject".format(
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
    id="BankReconciliationInternalAutopostingSuggestionsReject_reject",
    group="bank_reconciliation_internal_autoposting",
    name="reject",
    method="PUT",
    path="/bank/reconciliation/internal/autoposting/suggestions/{id}/reject",
    summary="Reject an AutoPosting suggestion by ID.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
