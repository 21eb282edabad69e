from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_transport_type import ListResponseTransportType
from ...models.transport_type_search_supplier import TransportTypeSearchSupplier
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    supplier: TransportTypeSearchSupplier,
    count: int | Unset = 3,
    fields: str | Unset = "id, nameKey, code, isPickUp",
    from_: int | Unset = 0,
    sorting: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_supplier = supplier.value
    params["supplier"] = json_supplier

    params["count"] = count

    params["fields"] = fields

    params["from"] = from_

    params["sorting"] = sorting

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/transportType",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseTransportType | None:
    if response.status_code == 200:
        response_200 = ListResponseTransportType.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseTransportType]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    supplier: TransportTypeSearchSupplier,
    count: int | Unset = 3,
    fields: str | Unset = "id, nameKey, code, isPickUp",
    from_: int | Unset = 0,
    sorting: str | Unset = "",
) -> Response[ListResponseTransportType]:
    """[BETA] Search transport type by supplier.

    Args:
        supplier (TransportTypeSearchSupplier): Transport type supplier
        count (int | Unset):  Default: 3.
        fields (str | Unset):  Default: 'id, nameKey, code, isPickUp'.
        from_ (int | Unset):  Default: 0.
        sorting (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseTransportType]
    """

    kwargs = _get_kwargs(
        supplier=supplier,
        count=count,
        fields=fields,
        from_=from_,
        sorting=sorting,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    supplier: TransportTypeSearchSupplier,
    count: int | Unset = 3,
    fields: str | Unset = "id, nameKey, code, isPickUp",
    from_: int | Unset = 0,
    sorting: str | Unset = "",
) -> ListResponseTransportType | None:
    """[BETA] Search transport type by supplier.

    Args:
        supplier (TransportTypeSearchSupplier): Transport type supplier
        count (int | Unset):  Default: 3.
        fields (str | Unset):  Default: 'id, nameKey, code, isPickUp'.
        from_ (int | Unset):  Default: 0.
        sorting (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseTransportType
    """

    return (
        await asyncio_detailed(
            client=client,
            supplier=supplier,
            count=count,
            fields=fields,
            from_=from_,
            sorting=sorting,
        )
    ).parsed
