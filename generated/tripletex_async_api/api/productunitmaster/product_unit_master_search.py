from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_product_unit_master import ListResponseProductUnitMaster
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    name_short: str | Unset = UNSET,
    common_code: str | Unset = UNSET,
    peppol_name: str | Unset = UNSET,
    peppol_symbol: str | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    count: int | Unset = 2400,
    from_: int | Unset = 0,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["name"] = name

    params["nameShort"] = name_short

    params["commonCode"] = common_code

    params["peppolName"] = peppol_name

    params["peppolSymbol"] = peppol_symbol

    params["isInactive"] = is_inactive

    params["count"] = count

    params["from"] = from_

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/product/unit/master",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseProductUnitMaster | None:
    if response.status_code == 200:
        response_200 = ListResponseProductUnitMaster.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseProductUnitMaster]:
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
    name: str | Unset = UNSET,
    name_short: str | Unset = UNSET,
    common_code: str | Unset = UNSET,
    peppol_name: str | Unset = UNSET,
    peppol_symbol: str | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    count: int | Unset = 2400,
    from_: int | Unset = 0,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseProductUnitMaster]:
    """Find product units master corresponding with sent data.

    Args:
        id (str | Unset):
        name (str | Unset):
        name_short (str | Unset):
        common_code (str | Unset):
        peppol_name (str | Unset):
        peppol_symbol (str | Unset):
        is_inactive (bool | Unset):
        count (int | Unset):  Default: 2400.
        from_ (int | Unset):  Default: 0.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseProductUnitMaster]
    """

    kwargs = _get_kwargs(
        id=id,
        name=name,
        name_short=name_short,
        common_code=common_code,
        peppol_name=peppol_name,
        peppol_symbol=peppol_symbol,
        is_inactive=is_inactive,
        count=count,
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
    name: str | Unset = UNSET,
    name_short: str | Unset = UNSET,
    common_code: str | Unset = UNSET,
    peppol_name: str | Unset = UNSET,
    peppol_symbol: str | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    count: int | Unset = 2400,
    from_: int | Unset = 0,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseProductUnitMaster | None:
    """Find product units master corresponding with sent data.

    Args:
        id (str | Unset):
        name (str | Unset):
        name_short (str | Unset):
        common_code (str | Unset):
        peppol_name (str | Unset):
        peppol_symbol (str | Unset):
        is_inactive (bool | Unset):
        count (int | Unset):  Default: 2400.
        from_ (int | Unset):  Default: 0.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseProductUnitMaster
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            name=name,
            name_short=name_short,
            common_code=common_code,
            peppol_name=peppol_name,
            peppol_symbol=peppol_symbol,
            is_inactive=is_inactive,
            count=count,
            from_=from_,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
