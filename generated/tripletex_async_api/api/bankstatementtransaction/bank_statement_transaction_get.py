"""`GET /bank/statement/transaction/{id}` (BankStatementTransaction_get): `tx.bank_statement_transaction.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_bank_transaction import ResponseWrapperBankTransaction
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /bank/statement/transaction/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/bank/statement/transaction/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperBankTransaction | None:
    """The answer as `ResponseWrapperBankTransaction`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperBankTransaction.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="BankStatementTransaction_get",
    group="bank_statement_transaction",
    name="get",
    method="GET",
    path="/bank/statement/transaction/{id}",
    summary="Get bank transaction by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperBankTransaction"),),
    deprecated=False,
    build=build,
    parse=parse,
)
