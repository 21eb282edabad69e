"""`POST /bank/reconciliation/settings` (BankReconciliationSettings_post): `tx.bank_reconciliation_settings.post(...)`."""

from typing import Any

import httpx

from ...models.bank_reconciliation_settings import BankReconciliationSettings
from ...models.response_wrapper_bank_reconciliation_settings import ResponseWrapperBankReconciliationSettings
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: BankReconciliationSettings,
) -> RequestArgs:
    """The request of `POST /bank/reconciliation/settings`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/bank/reconciliation/settings",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperBankReconciliationSettings | None:
    """The answer as `ResponseWrapperBankReconciliationSettings`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperBankReconciliationSettings.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="BankReconciliationSettings_post",
    group="bank_reconciliation_settings",
    name="post",
    method="POST",
    path="/bank/reconciliation/settings",
    summary="Post bank reconciliation settings.",
    parameters=(),
    paginated=False,
    body_type="BankReconciliationSettings",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperBankReconciliationSettings"),),
    deprecated=False,
    build=build,
    parse=parse,
)
