"""`POST /ledger/account` (LedgerAccount_post): `tx.ledger_account.post(...)`."""

from typing import Any

import httpx

from ...models.account import Account
from ...models.response_wrapper_account import ResponseWrapperAccount
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: Account,
) -> RequestArgs:
    """The request of `POST /ledger/account`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/ledger/account",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperAccount | None:
    """The answer as `ResponseWrapperAccount`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperAccount.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="LedgerAccount_post",
    group="ledger_account",
    name="post",
    method="POST",
    path="/ledger/account",
    summary="Create a new account.",
    parameters=(),
    paginated=False,
    body_type="Account",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperAccount"),),
    deprecated=False,
    build=build,
    parse=parse,
)
