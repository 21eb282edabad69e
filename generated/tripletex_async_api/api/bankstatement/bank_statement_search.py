"""`GET /bank/statement` (BankStatement_search): `tx.bank_statement.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_bank_statement import ListResponseBankStatement
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    file_formats: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /bank/statement`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["accountId"] = account_id

    params["fileFormats"] = file_formats

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/bank/statement",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseBankStatement | None:
    """The answer as `ListResponseBankStatement`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseBankStatement.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="BankStatement_search",
    group="bank_statement",
    name="search",
    method="GET",
    path="/bank/statement",
    summary="Find bank statement corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("accountId", "account_id", "query", False),
        Param("fileFormats", "file_formats", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseBankStatement"),),
    deprecated=False,
    build=build,
    parse=parse,
)
