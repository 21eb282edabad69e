"""`GET /bank/statement/transaction` (BankStatementTransaction_search): `tx.bank_statement_transaction.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_bank_transaction import ListResponseBankTransaction
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    bank_statement_id: int,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /bank/statement/transaction`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["bankStatementId"] = bank_statement_id

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/bank/statement/transaction",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseBankTransaction | None:
    """The answer as `ListResponseBankTransaction`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseBankTransaction.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="BankStatementTransaction_search",
    group="bank_statement_transaction",
    name="search",
    method="GET",
    path="/bank/statement/transaction",
    summary="Find bank transaction corresponding with sent data.",
    parameters=(
        Param("bankStatementId", "bank_statement_id", "query", True),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseBankTransaction"),),
    deprecated=False,
    build=build,
    parse=parse,
)
