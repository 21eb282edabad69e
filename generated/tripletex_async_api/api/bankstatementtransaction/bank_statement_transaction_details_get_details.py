"""`GET /bank/statement/transaction/{id}/details` (BankStatementTransactionDetails_getDetails): `tx.bank_statement_transaction.get_details(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_object import ResponseWrapperObject
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /bank/statement/transaction/{id}/details`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/bank/statement/transaction/{id}/details".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperObject | None:
    """The answer as `ResponseWrapperObject`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperObject.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="BankStatementTransactionDetails_getDetails",
    group="bank_statement_transaction",
    name="get_details",
    method="GET",
    path="/bank/statement/transaction/{id}/details",
    summary="Get additional details about transaction by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperObject"),),
    deprecated=False,
    build=build,
    parse=parse,
)
