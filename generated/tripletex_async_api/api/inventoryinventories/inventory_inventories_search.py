from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_inventories import ListResponseInventories
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    date_from: str,
    date_to: str,
    product_id: int | Unset = UNSET,
    inventory_id: int | Unset = UNSET,
    only_product_with_changed_status: bool | Unset = False,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["productId"] = product_id

    params["inventoryId"] = inventory_id

    params["onlyProductWithChangedStatus"] = only_product_with_changed_status

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inventory/inventories",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseInventories | None:
    if response.status_code == 200:
        response_200 = ListResponseInventories.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseInventories]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    date_from: str,
    date_to: str,
    product_id: int | Unset = UNSET,
    inventory_id: int | Unset = UNSET,
    only_product_with_changed_status: bool | Unset = False,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseInventories]:
    """Find inventories corresponding with sent data.

    Args:
        date_from (str):
        date_to (str):
        product_id (int | Unset):
        inventory_id (int | Unset):
        only_product_with_changed_status (bool | Unset):  Default: False.
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseInventories]
    """

    kwargs = _get_kwargs(
        date_from=date_from,
        date_to=date_to,
        product_id=product_id,
        inventory_id=inventory_id,
        only_product_with_changed_status=only_product_with_changed_status,
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
    date_from: str,
    date_to: str,
    product_id: int | Unset = UNSET,
    inventory_id: int | Unset = UNSET,
    only_product_with_changed_status: bool | Unset = False,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseInventories | None:
    """Find inventories corresponding with sent data.

    Args:
        date_from (str):
        date_to (str):
        product_id (int | Unset):
        inventory_id (int | Unset):
        only_product_with_changed_status (bool | Unset):  Default: False.
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseInventories
    """

    return (
        await asyncio_detailed(
            client=client,
            date_from=date_from,
            date_to=date_to,
            product_id=product_id,
            inventory_id=inventory_id,
            only_product_with_changed_status=only_product_with_changed_status,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
