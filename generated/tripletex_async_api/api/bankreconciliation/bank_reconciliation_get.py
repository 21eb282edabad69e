"""`GET /bank/reconciliation/{id}` (BankReconciliation_get): `tx.bank_reconciliation.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_bank_reconciliation import ResponseWrapperBankReconciliation
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /bank/reconciliation/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/bank/reconciliation/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperBankReconciliation | None:
    """The answer as `ResponseWrapperBankReconciliation`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperBankReconciliation.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="BankReconciliation_get",
    group="bank_reconciliation",
    name="get",
    method="GET",
    path="/bank/reconciliation/{id}",
    summary="Get bank reconciliation.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperBankReconciliation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
