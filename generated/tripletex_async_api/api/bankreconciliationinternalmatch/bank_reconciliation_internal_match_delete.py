"""`DELETE /bank/reconciliation/internal/match/{id}` (BankReconciliationInternalMatch_delete): `tx.bank_reconciliation_internal_match.delete(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...types import Operation, Param, RequestArgs


def build(
    id: int,
) -> RequestArgs:
    """The request of `DELETE /bank/reconciliation/internal/match/{id}`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/bank/reconciliation/internal/match/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="BankReconciliationInternalMatch_delete",
    group="bank_reconciliation_internal_match",
    name="delete",
    method="DELETE",
    path="/bank/reconciliation/internal/match/{id}",
    summary="Delete a bank reconciliation match by ID.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
