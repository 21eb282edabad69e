from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bank_reconciliation_entry_bank_transaction_bank_transaction_entry_type import (
    BankReconciliationEntryBankTransactionBankTransactionEntryType,
)
from ...models.list_response_reconciliation_entry import ListResponseReconciliationEntry
from ...models.reconciliation_entry import ReconciliationEntry
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    *,
    body: list[ReconciliationEntry] | Unset = UNSET,
    bank_reconciliation_id: int | Unset = UNSET,
    query: str | Unset = UNSET,
    entry_type: BankReconciliationEntryBankTransactionBankTransactionEntryType | Unset = UNSET,
    sort_order: str | Unset = "ascending",
    sort_field: str | Unset = "date",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["bankReconciliationId"] = bank_reconciliation_id

    params["query"] = query

    json_entry_type: str | Unset = UNSET
    if not isinstance(entry_type, Unset):
        json_entry_type = entry_type.value

    params["entryType"] = json_entry_type

    params["sortOrder"] = sort_order

    params["sortField"] = sort_field

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/bank/reconciliation/entry/bankTransaction",
        "params": params,
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["json"] = []
            for body_item_data in body:
                body_item = body_item_data.to_dict()
                _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseReconciliationEntry | None:
    if response.status_code == 200:
        response_200 = ListResponseReconciliationEntry.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseReconciliationEntry]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: list[ReconciliationEntry] | Unset = UNSET,
    bank_reconciliation_id: int | Unset = UNSET,
    query: str | Unset = UNSET,
    entry_type: BankReconciliationEntryBankTransactionBankTransactionEntryType | Unset = UNSET,
    sort_order: str | Unset = "ascending",
    sort_field: str | Unset = "date",
) -> Response[ListResponseReconciliationEntry]:
    """Find reconciliation bank transactions corresponding with sent data.

    Args:
        bank_reconciliation_id (int | Unset):
        query (str | Unset):
        entry_type (BankReconciliationEntryBankTransactionBankTransactionEntryType | Unset):
        sort_order (str | Unset):  Default: 'ascending'.
        sort_field (str | Unset):  Default: 'date'.
        body (list[ReconciliationEntry] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseReconciliationEntry]
    """

    kwargs = _get_kwargs(
        body=body,
        bank_reconciliation_id=bank_reconciliation_id,
        query=query,
        entry_type=entry_type,
        sort_order=sort_order,
        sort_field=sort_field,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: list[ReconciliationEntry] | Unset = UNSET,
    bank_reconciliation_id: int | Unset = UNSET,
    query: str | Unset = UNSET,
    entry_type: BankReconciliationEntryBankTransactionBankTransactionEntryType | Unset = UNSET,
    sort_order: str | Unset = "ascending",
    sort_field: str | Unset = "date",
) -> ListResponseReconciliationEntry | None:
    """Find reconciliation bank transactions corresponding with sent data.

    Args:
        bank_reconciliation_id (int | Unset):
        query (str | Unset):
        entry_type (BankReconciliationEntryBankTransactionBankTransactionEntryType | Unset):
        sort_order (str | Unset):  Default: 'ascending'.
        sort_field (str | Unset):  Default: 'date'.
        body (list[ReconciliationEntry] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseReconciliationEntry
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            bank_reconciliation_id=bank_reconciliation_id,
            query=query,
            entry_type=entry_type,
            sort_order=sort_order,
            sort_field=sort_field,
        )
    ).parsed
