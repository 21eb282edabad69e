from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_pickup_point import ListResponsePickupPoint
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    supplier_id: list[int] | Unset = UNSET,
    transport_type_id: list[int] | Unset = UNSET,
    code: str | Unset = UNSET,
    name: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_supplier_id: list[int] | Unset = UNSET
    if not isinstance(supplier_id, Unset):
        json_supplier_id = supplier_id

    params["supplierId"] = json_supplier_id

    json_transport_type_id: list[int] | Unset = UNSET
    if not isinstance(transport_type_id, Unset):
        json_transport_type_id = transport_type_id

    params["transportTypeId"] = json_transport_type_id

    params["code"] = code

    params["name"] = name

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/pickupPoint",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponsePickupPoint | None:
    if response.status_code == 200:
        response_200 = ListResponsePickupPoint.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponsePickupPoint]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    supplier_id: list[int] | Unset = UNSET,
    transport_type_id: list[int] | Unset = UNSET,
    code: str | Unset = UNSET,
    name: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponsePickupPoint]:
    """[DEPRECATED] Search pickup points.

    Args:
        supplier_id (list[int] | Unset):
        transport_type_id (list[int] | Unset):
        code (str | Unset):
        name (str | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponsePickupPoint]
    """

    kwargs = _get_kwargs(
        supplier_id=supplier_id,
        transport_type_id=transport_type_id,
        code=code,
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
    supplier_id: list[int] | Unset = UNSET,
    transport_type_id: list[int] | Unset = UNSET,
    code: str | Unset = UNSET,
    name: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponsePickupPoint | None:
    """[DEPRECATED] Search pickup points.

    Args:
        supplier_id (list[int] | Unset):
        transport_type_id (list[int] | Unset):
        code (str | Unset):
        name (str | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponsePickupPoint
    """

    return (
        await asyncio_detailed(
            client=client,
            supplier_id=supplier_id,
            transport_type_id=transport_type_id,
            code=code,
            name=name,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
