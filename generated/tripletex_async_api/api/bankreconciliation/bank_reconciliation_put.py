"""`PUT /bank/reconciliation/{id}` (BankReconciliation_put): `tx.bank_reconciliation.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.bank_reconciliation import BankReconciliation
from ...models.response_wrapper_bank_reconciliation import ResponseWrapperBankReconciliation
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: BankReconciliation,
) -> RequestArgs:
    """The request of `PUT /bank/reconciliation/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/bank/reconciliation/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperBankReconciliation | None:
    """The answer as `ResponseWrapperBankReconciliation`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperBankReconciliation.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="BankReconciliation_put",
    group="bank_reconciliation",
    name="put",
    method="PUT",
    path="/bank/reconciliation/{id}",
    summary="Update a bank reconciliation.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="BankReconciliation",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperBankReconciliation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
