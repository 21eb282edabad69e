from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.order_packing_note_pdf_download_packing_note_pdf_type import (
    OrderPackingNotePdfDownloadPackingNotePdfType,
)
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    order_id: int,
    *,
    type_: OrderPackingNotePdfDownloadPackingNotePdfType
    | Unset = OrderPackingNotePdfDownloadPackingNotePdfType.ALL_ORDER_LINES,
    download: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["download"] = download

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/order/packingNote/{order_id}/pdf".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    order_id: int,
    *,
    client: AuthenticatedClient,
    type_: OrderPackingNotePdfDownloadPackingNotePdfType
    | Unset = OrderPackingNotePdfDownloadPackingNotePdfType.ALL_ORDER_LINES,
    download: bool | Unset = True,
) -> Response[File]:
    """Get PDF representation of packing note by ID.

    Args:
        order_id (int):
        type_ (OrderPackingNotePdfDownloadPackingNotePdfType | Unset):  Default:
            OrderPackingNotePdfDownloadPackingNotePdfType.ALL_ORDER_LINES.
        download (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        type_=type_,
        download=download,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: int,
    *,
    client: AuthenticatedClient,
    type_: OrderPackingNotePdfDownloadPackingNotePdfType
    | Unset = OrderPackingNotePdfDownloadPackingNotePdfType.ALL_ORDER_LINES,
    download: bool | Unset = True,
) -> File | None:
    """Get PDF representation of packing note by ID.

    Args:
        order_id (int):
        type_ (OrderPackingNotePdfDownloadPackingNotePdfType | Unset):  Default:
            OrderPackingNotePdfDownloadPackingNotePdfType.ALL_ORDER_LINES.
        download (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            type_=type_,
            download=download,
        )
    ).parsed
