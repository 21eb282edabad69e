"""`PUT /ledger/account/{id}` (LedgerAccount_put): `tx.ledger_account.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.account import Account
from ...models.response_wrapper_account import ResponseWrapperAccount
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: Account,
) -> RequestArgs:
    """The request of `PUT /ledger/account/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/ledger/account/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperAccount | None:
    """The answer as `ResponseWrapperAccount`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperAccount.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerAccount_put",
    group="ledger_account",
    name="put",
    method="PUT",
    path="/ledger/account/{id}",
    summary="Update account.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="Account",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperAccount"),),
    deprecated=False,
    build=build,
    parse=parse,
)
