from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_balance_reconciliation_voucher import ListResponseBalanceReconciliationVoucher
from ...types import UNSET, Response, Unset


def _get_kwargs(
    reconciliation_id: int,
    account_id: int,
    *,
    from_date: str | Unset = UNSET,
    to_date_exclusive: str | Unset = UNSET,
    query: str | Unset = UNSET,
    fields: str | Unset = "*, comments(*), attachments(*)",
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fromDate"] = from_date

    params["toDateExclusive"] = to_date_exclusive

    params["query"] = query

    params["fields"] = fields

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/balance/reconciliation/{reconciliation_id}/account/{account_id}/vouchers".format(
            reconciliation_id=quote(str(reconciliation_id), safe=""),
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseBalanceReconciliationVoucher | None:
    if response.status_code == 200:
        response_200 = ListResponseBalanceReconciliationVoucher.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseBalanceReconciliationVoucher]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    reconciliation_id: int,
    account_id: int,
    *,
    client: AuthenticatedClient,
    from_date: str | Unset = UNSET,
    to_date_exclusive: str | Unset = UNSET,
    query: str | Unset = UNSET,
    fields: str | Unset = "*, comments(*), attachments(*)",
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
) -> Response[ListResponseBalanceReconciliationVoucher]:
    """Find vouchers for an account in the period of the balance reconciliation

    Args:
        reconciliation_id (int):
        account_id (int):
        from_date (str | Unset):
        to_date_exclusive (str | Unset):
        query (str | Unset):
        fields (str | Unset):  Default: '*, comments(*), attachments(*)'.
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseBalanceReconciliationVoucher]
    """

    kwargs = _get_kwargs(
        reconciliation_id=reconciliation_id,
        account_id=account_id,
        from_date=from_date,
        to_date_exclusive=to_date_exclusive,
        query=query,
        fields=fields,
        from_=from_,
        count=count,
        sorting=sorting,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    reconciliation_id: int,
    account_id: int,
    *,
    client: AuthenticatedClient,
    from_date: str | Unset = UNSET,
    to_date_exclusive: str | Unset = UNSET,
    query: str | Unset = UNSET,
    fields: str | Unset = "*, comments(*), attachments(*)",
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
) -> ListResponseBalanceReconciliationVoucher | None:
    """Find vouchers for an account in the period of the balance reconciliation

    Args:
        reconciliation_id (int):
        account_id (int):
        from_date (str | Unset):
        to_date_exclusive (str | Unset):
        query (str | Unset):
        fields (str | Unset):  Default: '*, comments(*), attachments(*)'.
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseBalanceReconciliationVoucher
    """

    return (
        await asyncio_detailed(
            reconciliation_id=reconciliation_id,
            account_id=account_id,
            client=client,
            from_date=from_date,
            to_date_exclusive=to_date_exclusive,
            query=query,
            fields=fields,
            from_=from_,
            count=count,
            sorting=sorting,
        )
    ).parsed
