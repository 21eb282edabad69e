from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_accounting_dimension_value import ListResponseAccountingDimensionValue
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    dimension_index: int | Unset = UNSET,
    active_only: bool | Unset = UNSET,
    show_in_voucher_registration: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["dimensionIndex"] = dimension_index

    params["activeOnly"] = active_only

    params["showInVoucherRegistration"] = show_in_voucher_registration

    params["fields"] = fields

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ledger/accountingDimensionValue/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseAccountingDimensionValue | None:
    if response.status_code == 200:
        response_200 = ListResponseAccountingDimensionValue.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseAccountingDimensionValue]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    dimension_index: int | Unset = UNSET,
    active_only: bool | Unset = UNSET,
    show_in_voucher_registration: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
) -> Response[ListResponseAccountingDimensionValue]:
    """Search for accounting dimension values according to criteria.

    Args:
        dimension_index (int | Unset):
        active_only (bool | Unset):
        show_in_voucher_registration (bool | Unset):
        fields (str | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseAccountingDimensionValue]
    """

    kwargs = _get_kwargs(
        dimension_index=dimension_index,
        active_only=active_only,
        show_in_voucher_registration=show_in_voucher_registration,
        fields=fields,
        from_=from_,
        count=count,
        sorting=sorting,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    dimension_index: int | Unset = UNSET,
    active_only: bool | Unset = UNSET,
    show_in_voucher_registration: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
) -> ListResponseAccountingDimensionValue | None:
    """Search for accounting dimension values according to criteria.

    Args:
        dimension_index (int | Unset):
        active_only (bool | Unset):
        show_in_voucher_registration (bool | Unset):
        fields (str | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseAccountingDimensionValue
    """

    return (
        await asyncio_detailed(
            client=client,
            dimension_index=dimension_index,
            active_only=active_only,
            show_in_voucher_registration=show_in_voucher_registration,
            fields=fields,
            from_=from_,
            count=count,
            sorting=sorting,
        )
    ).parsed
