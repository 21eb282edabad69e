"""`POST /bank/reconciliation/match` (BankReconciliationMatch_post): `tx.bank_reconciliation_match.bank_reconciliation_match_post(...)`."""

from typing import Any

import httpx

from ...models.bank_reconciliation_match import BankReconciliationMatch
from ...models.response_wrapper_bank_reconciliation_match import ResponseWrapperBankReconciliationMatch
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: BankReconciliationMatch,
) -> RequestArgs:
    """The request of `POST /bank/reconciliation/match`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/bank/reconciliation/match",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperBankReconciliationMatch | None:
    """The answer as `ResponseWrapperBankReconciliationMatch`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperBankReconciliationMatch.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="BankReconciliationMatch_post",
    group="bank_reconciliation_match",
    name="bank_reconciliation_match_post",
    method="POST",
    path="/bank/reconciliation/match",
    summary="Create a bank reconciliation match.",
    parameters=(),
    paginated=False,
    body_type="BankReconciliationMatch",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperBankReconciliationMatch"),),
    deprecated=False,
    build=build,
    parse=parse,
)
