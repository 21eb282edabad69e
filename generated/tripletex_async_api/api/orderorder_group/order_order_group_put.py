from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.order_group import OrderGroup
from ...models.response_wrapper_order_group import ResponseWrapperOrderGroup
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    *,
    body: OrderGroup,
    order_line_ids: str | Unset = UNSET,
    remove_existing_order_lines: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["OrderLineIds"] = order_line_ids

    params["removeExistingOrderLines"] = remove_existing_order_lines

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/order/orderGroup",
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperOrderGroup | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperOrderGroup.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperOrderGroup]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: OrderGroup,
    order_line_ids: str | Unset = UNSET,
    remove_existing_order_lines: bool | Unset = False,
) -> Response[ResponseWrapperOrderGroup]:
    """[Beta] Put orderGroup.

    Args:
        order_line_ids (str | Unset):
        remove_existing_order_lines (bool | Unset):  Default: False.
        body (OrderGroup): Order line groups

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperOrderGroup]
    """

    kwargs = _get_kwargs(
        body=body,
        order_line_ids=order_line_ids,
        remove_existing_order_lines=remove_existing_order_lines,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: OrderGroup,
    order_line_ids: str | Unset = UNSET,
    remove_existing_order_lines: bool | Unset = False,
) -> ResponseWrapperOrderGroup | None:
    """[Beta] Put orderGroup.

    Args:
        order_line_ids (str | Unset):
        remove_existing_order_lines (bool | Unset):  Default: False.
        body (OrderGroup): Order line groups

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperOrderGroup
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            order_line_ids=order_line_ids,
            remove_existing_order_lines=remove_existing_order_lines,
        )
    ).parsed
