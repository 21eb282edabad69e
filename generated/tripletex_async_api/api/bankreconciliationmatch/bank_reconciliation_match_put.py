"""`PUT /bank/reconciliation/match/{id}` (BankReconciliationMatch_put): `tx.bank_reconciliation_match.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.bank_reconciliation_match import BankReconciliationMatch
from ...models.response_wrapper_bank_reconciliation_match import ResponseWrapperBankReconciliationMatch
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: BankReconciliationMatch,
) -> RequestArgs:
    """The request of `PUT /bank/reconciliation/match/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/bank/reconciliation/match/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperBankReconciliationMatch | None:
    """The answer as `ResponseWrapperBankReconciliationMatch`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperBankReconciliationMatch.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="BankReconciliationMatch_put",
    group="bank_reconciliation_match",
    name="put",
    method="PUT",
    path="/bank/reconciliation/match/{id}",
    summary="Update a bank reconciliation match by ID.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="BankReconciliationMatch",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperBankReconciliationMatch"),),
    deprecated=False,
    build=build,
    parse=parse,
)
