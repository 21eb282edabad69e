"""`POST /bank/reconciliation` (BankReconciliation_post): `tx.bank_reconciliation.post(...)`."""

from typing import Any

import httpx

from ...models.bank_reconciliation import BankReconciliation
from ...models.response_wrapper_bank_reconciliation import ResponseWrapperBankReconciliation
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: BankReconciliation,
) -> RequestArgs:
    """The request of `POST /bank/reconciliation`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/bank/reconciliation",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperBankReconciliation | None:
    """The answer as `ResponseWrapperBankReconciliation`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperBankReconciliation.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="BankReconciliation_post",
    group="bank_reconciliation",
    name="post",
    method="POST",
    path="/bank/reconciliation",
    summary="Post a bank reconciliation.",
    parameters=(),
    paginated=False,
    body_type="BankReconciliation",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperBankReconciliation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
