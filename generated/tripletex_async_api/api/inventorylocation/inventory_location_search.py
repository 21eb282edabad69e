from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_inventory_location import ListResponseInventoryLocation
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    warehouse_id: str | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["warehouseId"] = warehouse_id

    params["isInactive"] = is_inactive

    params["name"] = name

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inventory/location",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseInventoryLocation | None:
    if response.status_code == 200:
        response_200 = ListResponseInventoryLocation.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseInventoryLocation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    warehouse_id: str | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseInventoryLocation]:
    """Find inventory locations by inventory ID. Only available for Logistics Basic.

    Args:
        warehouse_id (str | Unset):
        is_inactive (bool | Unset):
        name (str | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseInventoryLocation]
    """

    kwargs = _get_kwargs(
        warehouse_id=warehouse_id,
        is_inactive=is_inactive,
        name=name,
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
    warehouse_id: str | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseInventoryLocation | None:
    """Find inventory locations by inventory ID. Only available for Logistics Basic.

    Args:
        warehouse_id (str | Unset):
        is_inactive (bool | Unset):
        name (str | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseInventoryLocation
    """

    return (
        await asyncio_detailed(
            client=client,
            warehouse_id=warehouse_id,
            is_inactive=is_inactive,
            name=name,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
