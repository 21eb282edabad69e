from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_voucher_status import ListResponseVoucherStatus
from ...models.voucher_status_search_status import VoucherStatusSearchStatus
from ...models.voucher_status_search_type import VoucherStatusSearchType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ids: str | Unset = UNSET,
    voucher_ids: str | Unset = UNSET,
    status: VoucherStatusSearchStatus | Unset = UNSET,
    type_: VoucherStatusSearchType | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    params["voucherIds"] = voucher_ids

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/voucherStatus",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseVoucherStatus | None:
    if response.status_code == 200:
        response_200 = ListResponseVoucherStatus.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseVoucherStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    ids: str | Unset = UNSET,
    voucher_ids: str | Unset = UNSET,
    status: VoucherStatusSearchStatus | Unset = UNSET,
    type_: VoucherStatusSearchType | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseVoucherStatus]:
    """Find voucherStatus corresponding with sent data. The voucherStatus is used to coordinate integration
    processes. Requires setup done by Tripletex, currently supports debt collection.

    Args:
        ids (str | Unset):
        voucher_ids (str | Unset):
        status (VoucherStatusSearchStatus | Unset):
        type_ (VoucherStatusSearchType | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseVoucherStatus]
    """

    kwargs = _get_kwargs(
        ids=ids,
        voucher_ids=voucher_ids,
        status=status,
        type_=type_,
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
    ids: str | Unset = UNSET,
    voucher_ids: str | Unset = UNSET,
    status: VoucherStatusSearchStatus | Unset = UNSET,
    type_: VoucherStatusSearchType | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseVoucherStatus | None:
    """Find voucherStatus corresponding with sent data. The voucherStatus is used to coordinate integration
    processes. Requires setup done by Tripletex, currently supports debt collection.

    Args:
        ids (str | Unset):
        voucher_ids (str | Unset):
        status (VoucherStatusSearchStatus | Unset):
        type_ (VoucherStatusSearchType | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseVoucherStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
            voucher_ids=voucher_ids,
            status=status,
            type_=type_,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
