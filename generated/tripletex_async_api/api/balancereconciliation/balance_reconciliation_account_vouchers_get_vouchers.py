"""`GET /balance/reconciliation/{reconciliationId}/account/{accountId}/vouchers` (BalanceReconciliationAccountVouchers_getVouchers): `tx.balance_reconciliation.get_vouchers(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.list_response_balance_reconciliation_voucher import ListResponseBalanceReconciliationVoucher
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    reconciliation_id: int,
    account_id: int,
    *,
    from_date: str | Unset = UNSET,
    to_date_exclusive: str | Unset = UNSET,
    query: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /balance/reconciliation/{reconciliationId}/account/{accountId}/vouchers`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fromDate"] = from_date

    params["toDateExclusive"] = to_date_exclusive

    params["query"] = query

    params["fields"] = fields

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/balance/reconciliation/{reconciliation_id}/account/{account_id}/vouchers".format(
            reconciliation_id=quote(str(reconciliation_id), safe=""),
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseBalanceReconciliationVoucher | None:
    """The answer as `ListResponseBalanceReconciliationVoucher`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseBalanceReconciliationVoucher.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="BalanceReconciliationAccountVouchers_getVouchers",
    group="balance_reconciliation",
    name="get_vouchers",
    method="GET",
    path="/balance/reconciliation/{reconciliationId}/account/{accountId}/vouchers",
    summary="",
    parameters=(
        Param("reconciliationId", "reconciliation_id", "path", True),
        Param("accountId", "account_id", "path", True),
        Param("fromDate", "from_date", "query", False),
        Param("toDateExclusive", "to_date_exclusive", "query", False),
        Param("query", "query", "query", False),
        Param("fields", "fields", "query", False, "*, comments(*), attachments(*)"),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseBalanceReconciliationVoucher"),),
    deprecated=False,
    build=build,
    parse=parse,
)
