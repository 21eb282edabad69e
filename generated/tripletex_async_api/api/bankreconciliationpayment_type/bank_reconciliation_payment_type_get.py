"""`GET /bank/reconciliation/paymentType/{id}` (BankReconciliationPaymentType_get): `tx.bank_reconciliation_payment_type.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_bank_reconciliation_payment_type import ResponseWrapperBankReconciliationPaymentType
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /bank/reconciliation/paymentType/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/bank/reconciliation/paymentType/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperBankReconciliationPaymentType | None:
    """The answer as `ResponseWrapperBankReconciliationPaymentType`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperBankReconciliationPaymentType.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="BankReconciliationPaymentType_get",
    group="bank_reconciliation_payment_type",
    name="get",
    method="GET",
    path="/bank/reconciliation/paymentType/{id}",
    summary="Get payment type by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperBankReconciliationPaymentType"),),
    deprecated=False,
    build=build,
    parse=parse,
)
