"""`GET /ledger/account` (LedgerAccount_search): `tx.ledger_account.search(...)`."""

from typing import Any

import httpx

from ...models.ledger_account_search_ledger_type import LedgerAccountSearchLedgerType
from ...models.list_response_account import ListResponseAccount
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    number: str | Unset = UNSET,
    is_bank_account: bool | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    is_applicable_for_supplier_invoice: bool | Unset = UNSET,
    ledger_type: LedgerAccountSearchLedgerType | Unset = UNSET,
    is_balance_account: bool | Unset = UNSET,
    saft_code: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /ledger/account`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["number"] = number

    params["isBankAccount"] = is_bank_account

    params["isInactive"] = is_inactive

    params["isApplicableForSupplierInvoice"] = is_applicable_for_supplier_invoice

    json_ledger_type: str | Unset = UNSET
    if not isinstance(ledger_type, Unset):
        json_ledger_type = ledger_type.value

    params["ledgerType"] = json_ledger_type

    params["isBalanceAccount"] = is_balance_account

    params["saftCode"] = saft_code

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/ledger/account",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseAccount | None:
    """The answer as `ListResponseAccount`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseAccount.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerAccount_search",
    group="ledger_account",
    name="search",
    method="GET",
    path="/ledger/account",
    summary="Find accounts corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("number", "number", "query", False),
        Param("isBankAccount", "is_bank_account", "query", False),
        Param("isInactive", "is_inactive", "query", False),
        Param("isApplicableForSupplierInvoice", "is_applicable_for_supplier_invoice", "query", False),
        Param("ledgerType", "ledger_type", "query", False),
        Param("isBalanceAccount", "is_balance_account", "query", False),
        Param("saftCode", "saft_code", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseAccount"),),
    deprecated=False,
    build=build,
    parse=parse,
)
