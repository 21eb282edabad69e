"""`GET /bank/reconciliation/match/{id}` (BankReconciliationMatch_get): `tx.bank_reconciliation_match.bank_reconciliation_match_get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_bank_reconciliation_match import ResponseWrapperBankReconciliationMatch
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /bank/reconciliation/match/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/bank/reconciliation/match/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperBankReconciliationMatch | None:
    """The answer as `ResponseWrapperBankReconciliationMatch`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperBankReconciliationMatch.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="BankReconciliationMatch_get",
    group="bank_reconciliation_match",
    name="bank_reconciliation_match_get",
    method="GET",
    path="/bank/reconciliation/match/{id}",
    summary="Get bank reconciliation match by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperBankReconciliationMatch"),),
    deprecated=False,
    build=build,
    parse=parse,
)
