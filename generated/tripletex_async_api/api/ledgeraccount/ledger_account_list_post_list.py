"""`POST /ledger/account/list` (LedgerAccountList_postList): `tx.ledger_account.post_list(...)`."""

from typing import Any

import httpx

from ...models.account import Account
from ...models.list_response_account import ListResponseAccount
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[Account],
) -> RequestArgs:
    """The request of `POST /ledger/account/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
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
    if response.status_code == 201:
        response_201 = ListResponseAccount.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="LedgerAccountList_postList",
    group="ledger_account",
    name="post_list",
    method="POST",
    path="/ledger/account/list",
    summary="Create several accounts.",
    parameters=(),
    paginated=False,
    body_type="list[Account]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseAccount"),),
    deprecated=False,
    build=build,
    parse=parse,
)
