"""`GET /bank/reconciliation` (BankReconciliation_search): `tx.bank_reconciliation.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_bank_reconciliation import ListResponseBankReconciliation
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    accounting_period_id: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /bank/reconciliation`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["accountingPeriodId"] = accounting_period_id

    params["accountId"] = account_id

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/bank/reconciliation",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseBankReconciliation | None:
    """The answer as `ListResponseBankReconciliation`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseBankReconciliation.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="BankReconciliation_search",
    group="bank_reconciliation",
    name="search",
    method="GET",
    path="/bank/reconciliation",
    summary="Find bank reconciliation corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("accountingPeriodId", "accounting_period_id", "query", False),
        Param("accountId", "account_id", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseBankReconciliation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
