from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.order import Order
from ...models.response_wrapper_order import ResponseWrapperOrder
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    id: int,
    *,
    body: Order,
    update_lines_and_groups: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["updateLinesAndGroups"] = update_lines_and_groups

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/order/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResponseWrapperOrder | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperOrder.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperOrder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: Order,
    update_lines_and_groups: bool | Unset = False,
) -> Response[ResponseWrapperOrder]:
    """Update order.

    Args:
        id (int):
        update_lines_and_groups (bool | Unset):  Default: False.
        body (Order): Related orders. Only one order per invoice is supported at the moment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperOrder]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        update_lines_and_groups=update_lines_and_groups,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: Order,
    update_lines_and_groups: bool | Unset = False,
) -> ResponseWrapperOrder | None:
    """Update order.

    Args:
        id (int):
        update_lines_and_groups (bool | Unset):  Default: False.
        body (Order): Related orders. Only one order per invoice is supported at the moment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperOrder
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            update_lines_and_groups=update_lines_and_groups,
        )
    ).parsed
