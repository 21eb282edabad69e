"""`GET /bank/reconciliation/>lastClosed` (BankReconciliationLastClosed_lastClosed): `tx.bank_reconciliation.last_closed(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_bank_reconciliation import ResponseWrapperBankReconciliation
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    account_id: int,
    after: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /bank/reconciliation/>lastClosed`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["accountId"] = account_id

    params["after"] = after

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/bank/reconciliation/>lastClosed",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperBankReconciliation | None:
    """The answer as `ResponseWrapperBankReconciliation`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperBankReconciliation.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="BankReconciliationLastClosed_lastClosed",
    group="bank_reconciliation",
    name="last_closed",
    method="GET",
    path="/bank/reconciliation/>lastClosed",
    summary="Get last closed reconciliation by account ID.",
    parameters=(
        Param("accountId", "account_id", "query", True),
        Param("after", "after", "query", False),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperBankReconciliation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
