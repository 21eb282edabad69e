from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_external_product import ListResponseExternalProduct
from ...models.product_external_search_wholesaler import ProductExternalSearchWholesaler
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    wholesaler: ProductExternalSearchWholesaler | Unset = UNSET,
    organization_number: str | Unset = UNSET,
    el_number: str | Unset = UNSET,
    nrf_number: str | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    json_wholesaler: str | Unset = UNSET
    if not isinstance(wholesaler, Unset):
        json_wholesaler = wholesaler.value

    params["wholesaler"] = json_wholesaler

    params["organizationNumber"] = organization_number

    params["elNumber"] = el_number

    params["nrfNumber"] = nrf_number

    params["isInactive"] = is_inactive

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/product/external",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseExternalProduct | None:
    if response.status_code == 200:
        response_200 = ListResponseExternalProduct.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseExternalProduct]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    wholesaler: ProductExternalSearchWholesaler | Unset = UNSET,
    organization_number: str | Unset = UNSET,
    el_number: str | Unset = UNSET,
    nrf_number: str | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseExternalProduct]:
    """[BETA] Find external products corresponding with sent data. The sorting-field is not in use on this
    endpoint.

    Args:
        name (str | Unset):
        wholesaler (ProductExternalSearchWholesaler | Unset):
        organization_number (str | Unset):
        el_number (str | Unset):
        nrf_number (str | Unset):
        is_inactive (bool | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseExternalProduct]
    """

    kwargs = _get_kwargs(
        name=name,
        wholesaler=wholesaler,
        organization_number=organization_number,
        el_number=el_number,
        nrf_number=nrf_number,
        is_inactive=is_inactive,
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
    name: str | Unset = UNSET,
    wholesaler: ProductExternalSearchWholesaler | Unset = UNSET,
    organization_number: str | Unset = UNSET,
    el_number: str | Unset = UNSET,
    nrf_number: str | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseExternalProduct | None:
    """[BETA] Find external products corresponding with sent data. The sorting-field is not in use on this
    endpoint.

    Args:
        name (str | Unset):
        wholesaler (ProductExternalSearchWholesaler | Unset):
        organization_number (str | Unset):
        el_number (str | Unset):
        nrf_number (str | Unset):
        is_inactive (bool | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseExternalProduct
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            wholesaler=wholesaler,
            organization_number=organization_number,
            el_number=el_number,
            nrf_number=nrf_number,
            is_inactive=is_inactive,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
