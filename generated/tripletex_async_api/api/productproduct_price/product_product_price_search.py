from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_product_price import ListResponseProductPrice
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    product_id: str,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    show_only_last_price: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["productId"] = product_id

    params["fromDate"] = from_date

    params["toDate"] = to_date

    params["showOnlyLastPrice"] = show_only_last_price

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/product/productPrice",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseProductPrice | None:
    if response.status_code == 200:
        response_200 = ListResponseProductPrice.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseProductPrice]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    product_id: str,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    show_only_last_price: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseProductPrice]:
    """Find prices for a product. Only available for Logistics Basic.

    Args:
        product_id (str):
        from_date (str | Unset):
        to_date (str | Unset):
        show_only_last_price (bool | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseProductPrice]
    """

    kwargs = _get_kwargs(
        product_id=product_id,
        from_date=from_date,
        to_date=to_date,
        show_only_last_price=show_only_last_price,
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
    product_id: str,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    show_only_last_price: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseProductPrice | None:
    """Find prices for a product. Only available for Logistics Basic.

    Args:
        product_id (str):
        from_date (str | Unset):
        to_date (str | Unset):
        show_only_last_price (bool | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseProductPrice
    """

    return (
        await asyncio_detailed(
            client=client,
            product_id=product_id,
            from_date=from_date,
            to_date=to_date,
            show_only_last_price=show_only_last_price,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
