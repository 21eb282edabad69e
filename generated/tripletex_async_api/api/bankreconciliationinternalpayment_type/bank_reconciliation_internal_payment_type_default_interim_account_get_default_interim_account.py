"""`GET /bank/reconciliation/internal/paymentType/defaultInterimAccount` (BankReconciliationInternalPaymentTypeDefaultInterimAccount_getDefaultInterimAccount): `tx.bank_reconciliation_internal_payment_type.get_default_interim_account(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_account import ResponseWrapperAccount
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /bank/reconciliation/internal/paymentType/defaultInterimAccount`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/bank/reconciliation/internal/paymentType/defaultInterimAccount",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperAccount | None:
    """The answer as `ResponseWrapperAccount`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperAccount.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="BankReconciliationInternalPaymentTypeDefaultInterimAccount_getDefaultInterimAccount",
    group="bank_reconciliation_internal_payment_type",
    name="get_default_interim_account",
    method="GET",
    path="/bank/reconciliation/internal/paymentType/defaultInterimAccount",
    summary="Get default interim account from  payment type.",
    parameters=(Param("fields", "fields", "query", False, ""),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperAccount"),),
    deprecated=False,
    build=build,
    parse=parse,
)
