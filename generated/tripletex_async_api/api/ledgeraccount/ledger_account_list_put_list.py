"""`PUT /ledger/account/list` (LedgerAccountList_putList): `tx.ledger_account.put_list(...)`."""

from typing import Any

import httpx

from ...models.account import Account
from ...models.list_response_account import ListResponseAccount
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[Account],
) -> RequestArgs:
    """The request of `PUT /ledger/account/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/ledger/account/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseAccount | None:
    """The answer as `ListResponseAccount`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseAccount.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerAccountList_putList",
    group="ledger_account",
    name="put_list",
    method="PUT",
    path="/ledger/account/list",
    summary="Update multiple accounts.",
    parameters=(),
    paginated=False,
    body_type="list[Account]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ListResponseAccount"),),
    deprecated=False,
    build=build,
    parse=parse,
)
