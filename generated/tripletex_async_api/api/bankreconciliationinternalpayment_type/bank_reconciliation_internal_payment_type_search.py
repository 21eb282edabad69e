"""`GET /bank/reconciliation/internal/paymentType` (BankReconciliationInternalPaymentType_search): `tx.bank_reconciliation_internal_payment_type.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_reconciliation_payment_type import ListResponseReconciliationPaymentType
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    description: str | Unset = UNSET,
    is_income: bool,
    excluded_account_id: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /bank/reconciliation/internal/paymentType`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["description"] = description

    params["isIncome"] = is_income

    params["excludedAccountId"] = excluded_account_id

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/bank/reconciliation/internal/paymentType",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseReconciliationPaymentType | None:
    """The answer as `ListResponseReconciliationPaymentType`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseReconciliationPaymentType.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="BankReconciliationInternalPaymentType_search",
    group="bank_reconciliation_internal_payment_type",
    name="search",
    method="GET",
    path="/bank/reconciliation/internal/paymentType",
    summary="Find payment type corresponding with sent data.",
    parameters=(
        Param("description", "description", "query", False),
        Param("isIncome", "is_income", "query", True),
        Param("excludedAccountId", "excluded_account_id", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseReconciliationPaymentType"),),
    deprecated=False,
    build=build,
    parse=parse,
)
