from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_bank_reconciliation_match import ListResponseBankReconciliationMatch
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    bank_reconciliation_id: str | Unset = UNSET,
    count: int | Unset = 5000,
    approved: bool | Unset = UNSET,
    from_: int | Unset = 0,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["bankReconciliationId"] = bank_reconciliation_id

    params["count"] = count

    params["approved"] = approved

    params["from"] = from_

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/bank/reconciliation/match",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseBankReconciliationMatch | None:
    if response.status_code == 200:
        response_200 = ListResponseBankReconciliationMatch.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseBankReconciliationMatch]:
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
    bank_reconciliation_id: str | Unset = UNSET,
    count: int | Unset = 5000,
    approved: bool | Unset = UNSET,
    from_: int | Unset = 0,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseBankReconciliationMatch]:
    """Find bank reconciliation match corresponding with sent data.

    Args:
        id (str | Unset):
        bank_reconciliation_id (str | Unset):
        count (int | Unset):  Default: 5000.
        approved (bool | Unset):
        from_ (int | Unset):  Default: 0.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseBankReconciliationMatch]
    """

    kwargs = _get_kwargs(
        id=id,
        bank_reconciliation_id=bank_reconciliation_id,
        count=count,
        approved=approved,
        from_=from_,
        sorting=sorting,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    bank_reconciliation_id: str | Unset = UNSET,
    count: int | Unset = 5000,
    approved: bool | Unset = UNSET,
    from_: int | Unset = 0,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseBankReconciliationMatch | None:
    """Find bank reconciliation match corresponding with sent data.

    Args:
        id (str | Unset):
        bank_reconciliation_id (str | Unset):
        count (int | Unset):  Default: 5000.
        approved (bool | Unset):
        from_ (int | Unset):  Default: 0.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseBankReconciliationMatch
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            bank_reconciliation_id=bank_reconciliation_id,
            count=count,
            approved=approved,
            from_=from_,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
