from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ledger_account_search_ledger_type import LedgerAccountSearchLedgerType
from ...models.list_response_account import ListResponseAccount
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    number: str | Unset = UNSET,
    is_bank_account: bool | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    is_applicable_for_supplier_invoice: bool | Unset = UNSET,
    ledger_type: LedgerAccountSearchLedgerType | Unset = UNSET,
    is_balance_account: bool | Unset = UNSET,
    saft_code: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

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

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ledger/account",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListResponseAccount | None:
    if response.status_code == 200:
        response_200 = ListResponseAccount.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ListResponseAccount]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    number: str | Unset = UNSET,
    is_bank_account: bool | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    is_applicable_for_supplier_invoice: bool | Unset = UNSET,
    ledger_type: LedgerAccountSearchLedgerType | Unset = UNSET,
    is_balance_account: bool | Unset = UNSET,
    saft_code: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseAccount]:
    """Find accounts corresponding with sent data.

    Args:
        id (str | Unset):
        number (str | Unset):
        is_bank_account (bool | Unset):
        is_inactive (bool | Unset):
        is_applicable_for_supplier_invoice (bool | Unset):
        ledger_type (LedgerAccountSearchLedgerType | Unset):
        is_balance_account (bool | Unset):
        saft_code (str | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseAccount]
    """

    kwargs = _get_kwargs(
        id=id,
        number=number,
        is_bank_account=is_bank_account,
        is_inactive=is_inactive,
        is_applicable_for_supplier_invoice=is_applicable_for_supplier_invoice,
        ledger_type=ledger_type,
        is_balance_account=is_balance_account,
        saft_code=saft_code,
        from_=from_,
        count=count,
        sorting=sorting,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    number: str | Unset = UNSET,
    is_bank_account: bool | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    is_applicable_for_supplier_invoice: bool | Unset = UNSET,
    ledger_type: LedgerAccountSearchLedgerType | Unset = UNSET,
    is_balance_account: bool | Unset = UNSET,
    saft_code: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseAccount | None:
    """Find accounts corresponding with sent data.

    Args:
        id (str | Unset):
        number (str | Unset):
        is_bank_account (bool | Unset):
        is_inactive (bool | Unset):
        is_applicable_for_supplier_invoice (bool | Unset):
        ledger_type (LedgerAccountSearchLedgerType | Unset):
        is_balance_account (bool | Unset):
        saft_code (str | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseAccount
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            number=number,
            is_bank_account=is_bank_account,
            is_inactive=is_inactive,
            is_applicable_for_supplier_invoice=is_applicable_for_supplier_invoice,
            ledger_type=ledger_type,
            is_balance_account=is_balance_account,
            saft_code=saft_code,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
