"""`PUT /bank/reconciliation/settings/{id}` (BankReconciliationSettings_put): `tx.bank_reconciliation_settings.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.bank_reconciliation_settings import BankReconciliationSettings
from ...models.response_wrapper_bank_reconciliation_settings import ResponseWrapperBankReconciliationSettings
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: BankReconciliationSettings,
) -> RequestArgs:
    """The request of `PUT /bank/reconciliation/settings/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/bank/reconciliation/settings/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperBankReconciliationSettings | None:
    """The answer as `ResponseWrapperBankReconciliationSettings`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperBankReconciliationSettings.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="BankReconciliationSettings_put",
    group="bank_reconciliation_settings",
    name="put",
    method="PUT",
    path="/bank/reconciliation/settings/{id}",
    summary="Update bank reconciliation settings.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="BankReconciliationSettings",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperBankReconciliationSettings"),),
    deprecated=False,
    build=build,
    parse=parse,
)
