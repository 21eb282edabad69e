from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_bank import ListResponseBank
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    register_numbers: str | Unset = UNSET,
    is_bank_reconciliation_support: bool | Unset = UNSET,
    is_auto_pay_supported: bool | Unset = UNSET,
    is_ztl_supported: bool | Unset = UNSET,
    query: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["registerNumbers"] = register_numbers

    params["isBankReconciliationSupport"] = is_bank_reconciliation_support

    params["isAutoPaySupported"] = is_auto_pay_supported

    params["isZtlSupported"] = is_ztl_supported

    params["query"] = query

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/bank",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListResponseBank | None:
    if response.status_code == 200:
        response_200 = ListResponseBank.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ListResponseBank]:
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
    register_numbers: str | Unset = UNSET,
    is_bank_reconciliation_support: bool | Unset = UNSET,
    is_auto_pay_supported: bool | Unset = UNSET,
    is_ztl_supported: bool | Unset = UNSET,
    query: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseBank]:
    """Find bank corresponding with sent data.

    Args:
        id (str | Unset):
        register_numbers (str | Unset):
        is_bank_reconciliation_support (bool | Unset):
        is_auto_pay_supported (bool | Unset):
        is_ztl_supported (bool | Unset):
        query (str | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseBank]
    """

    kwargs = _get_kwargs(
        id=id,
        register_numbers=register_numbers,
        is_bank_reconciliation_support=is_bank_reconciliation_support,
        is_auto_pay_supported=is_auto_pay_supported,
        is_ztl_supported=is_ztl_supported,
        query=query,
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
    register_numbers: str | Unset = UNSET,
    is_bank_reconciliation_support: bool | Unset = UNSET,
    is_auto_pay_supported: bool | Unset = UNSET,
    is_ztl_supported: bool | Unset = UNSET,
    query: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseBank | None:
    """Find bank corresponding with sent data.

    Args:
        id (str | Unset):
        register_numbers (str | Unset):
        is_bank_reconciliation_support (bool | Unset):
        is_auto_pay_supported (bool | Unset):
        is_ztl_supported (bool | Unset):
        query (str | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseBank
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            register_numbers=register_numbers,
            is_bank_reconciliation_support=is_bank_reconciliation_support,
            is_auto_pay_supported=is_auto_pay_supported,
            is_ztl_supported=is_ztl_supported,
            query=query,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
