"""`GET /bank/statement/{id}` (BankStatement_get): `tx.bank_statement.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_bank_statement import ResponseWrapperBankStatement
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /bank/statement/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/bank/statement/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperBankStatement | None:
    """The answer as `ResponseWrapperBankStatement`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperBankStatement.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="BankStatement_get",
    group="bank_statement",
    name="get",
    method="GET",
    path="/bank/statement/{id}",
    summary="Get bank statement.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperBankStatement"),),
    deprecated=False,
    build=build,
    parse=parse,
)
