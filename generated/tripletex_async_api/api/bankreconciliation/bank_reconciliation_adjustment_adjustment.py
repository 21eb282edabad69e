"""`PUT /bank/reconciliation/{id}/:adjustment` (BankReconciliationAdjustment_adjustment): `tx.bank_reconciliation.adjustment(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.bank_reconciliation_adjustment import BankReconciliationAdjustment
from ...models.list_response_bank_reconciliation_adjustment import ListResponseBankReconciliationAdjustment
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    id: int,
    *,
    body: list[BankReconciliationAdjustment] | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /bank/reconciliation/{id}/:adjustment`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/bank/reconciliation/{id}/:adjustment".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["json"] = []
            for body_item_data in body:
                body_item = body_item_data.to_dict()
                _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseBankReconciliationAdjustment | None:
    """The answer as `ListResponseBankReconciliationAdjustment`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseBankReconciliationAdjustment.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="BankReconciliationAdjustment_adjustment",
    group="bank_reconciliation",
    name="adjustment",
    method="PUT",
    path="/bank/reconciliation/{id}/:adjustment",
    summary="Add an adjustment to reconciliation by ID.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="list[BankReconciliationAdjustment]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ListResponseBankReconciliationAdjustment"),),
    deprecated=False,
    build=build,
    parse=parse,
)
