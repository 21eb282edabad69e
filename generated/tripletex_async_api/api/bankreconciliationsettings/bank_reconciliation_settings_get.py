"""`GET /bank/reconciliation/settings` (BankReconciliationSettings_get): `tx.bank_reconciliation_settings.get(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_bank_reconciliation_settings import ResponseWrapperBankReconciliationSettings
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /bank/reconciliation/settings`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/bank/reconciliation/settings",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperBankReconciliationSettings | None:
    """The answer as `ResponseWrapperBankReconciliationSettings`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperBankReconciliationSettings.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="BankReconciliationSettings_get",
    group="bank_reconciliation_settings",
    name="get",
    method="GET",
    path="/bank/reconciliation/settings",
    summary="Get bank reconciliation settings.",
    parameters=(Param("fields", "fields", "query", False, ""),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperBankReconciliationSettings"),),
    deprecated=False,
    build=build,
    parse=parse,
)
