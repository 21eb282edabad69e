"""`GET /bank/reconciliation/>last` (BankReconciliationLast_last): `tx.bank_reconciliation.last(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_bank_reconciliation import ResponseWrapperBankReconciliation
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    account_id: int,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /bank/reconciliation/>last`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["accountId"] = account_id

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/bank/reconciliation/>last",
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
    id="BankReconciliationLast_last",
    group="bank_reconciliation",
    name="last",
    method="GET",
    path="/bank/reconciliation/>last",
    summary="Get the last created reconciliation by account ID.",
    parameters=(
        Param("accountId", "account_id", "query", True),
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
