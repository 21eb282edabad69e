"""`GET /bank/reconciliation/internal/period/lastClosed` (BankReconciliationInternalPeriodLastClosed_getLastClosed): `tx.bank_reconciliation.get_last_closed(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_reconciliation_period import ResponseWrapperReconciliationPeriod
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    account_id: int,
    after: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /bank/reconciliation/internal/period/lastClosed`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["accountId"] = account_id

    params["after"] = after

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/bank/reconciliation/internal/period/lastClosed",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperReconciliationPeriod | None:
    """The answer as `ResponseWrapperReconciliationPeriod`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperReconciliationPeriod.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="BankReconciliationInternalPeriodLastClosed_getLastClosed",
    group="bank_reconciliation",
    name="get_last_closed",
    method="GET",
    path="/bank/reconciliation/internal/period/lastClosed",
    summary="Get last closed reconciliation by account ID.",
    parameters=(
        Param("accountId", "account_id", "query", True),
        Param("after", "after", "query", False),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperReconciliationPeriod"),),
    deprecated=False,
    build=build,
    parse=parse,
)
