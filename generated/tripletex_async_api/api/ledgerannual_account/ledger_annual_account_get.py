"""`GET /ledger/annualAccount/{id}` (LedgerAnnualAccount_get): `tx.ledger_annual_account.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_annual_account import ResponseWrapperAnnualAccount
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /ledger/annualAccount/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/ledger/annualAccount/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperAnnualAccount | None:
    """The answer as `ResponseWrapperAnnualAccount`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperAnnualAccount.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerAnnualAccount_get",
    group="ledger_annual_account",
    name="get",
    method="GET",
    path="/ledger/annualAccount/{id}",
    summary="Get annual account by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperAnnualAccount"),),
    deprecated=False,
    build=build,
    parse=parse,
)
