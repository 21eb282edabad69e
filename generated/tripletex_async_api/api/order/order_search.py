from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_order import ListResponseOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    number: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    order_date_from: str,
    order_date_to: str,
    delivery_comment: str | Unset = UNSET,
    is_closed: bool | Unset = UNSET,
    is_subscription: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["number"] = number

    params["customerId"] = customer_id

    params["orderDateFrom"] = order_date_from

    params["orderDateTo"] = order_date_to

    params["deliveryComment"] = delivery_comment

    params["isClosed"] = is_closed

    params["isSubscription"] = is_subscription

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/order",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListResponseOrder | None:
    if response.status_code == 200:
        response_200 = ListResponseOrder.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ListResponseOrder]:
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
    number: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    order_date_from: str,
    order_date_to: str,
    delivery_comment: str | Unset = UNSET,
    is_closed: bool | Unset = UNSET,
    is_subscription: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseOrder]:
    """Find orders corresponding with sent data.

    Args:
        id (str | Unset):
        number (str | Unset):
        customer_id (str | Unset):
        order_date_from (str):
        order_date_to (str):
        delivery_comment (str | Unset):
        is_closed (bool | Unset):
        is_subscription (bool | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseOrder]
    """

    kwargs = _get_kwargs(
        id=id,
        number=number,
        customer_id=customer_id,
        order_date_from=order_date_from,
        order_date_to=order_date_to,
        delivery_comment=delivery_comment,
        is_closed=is_closed,
        is_subscription=is_subscription,
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
    number: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    order_date_from: str,
    order_date_to: str,
    delivery_comment: str | Unset = UNSET,
    is_closed: bool | Unset = UNSET,
    is_subscription: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseOrder | None:
    """Find orders corresponding with sent data.

    Args:
        id (str | Unset):
        number (str | Unset):
        customer_id (str | Unset):
        order_date_from (str):
        order_date_to (str):
        delivery_comment (str | Unset):
        is_closed (bool | Unset):
        is_subscription (bool | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseOrder
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            number=number,
            customer_id=customer_id,
            order_date_from=order_date_from,
            order_date_to=order_date_to,
            delivery_comment=delivery_comment,
            is_closed=is_closed,
            is_subscription=is_subscription,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
