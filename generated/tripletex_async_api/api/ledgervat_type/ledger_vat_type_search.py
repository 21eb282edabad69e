from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ledger_vat_type_search_type_of_vat import LedgerVatTypeSearchTypeOfVat
from ...models.list_response_vat_type import ListResponseVatType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    number: str | Unset = UNSET,
    type_of_vat: LedgerVatTypeSearchTypeOfVat | Unset = UNSET,
    vat_date: str | Unset = UNSET,
    should_include_specification_types: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["number"] = number

    json_type_of_vat: str | Unset = UNSET
    if not isinstance(type_of_vat, Unset):
        json_type_of_vat = type_of_vat.value

    params["typeOfVat"] = json_type_of_vat

    params["vatDate"] = vat_date

    params["shouldIncludeSpecificationTypes"] = should_include_specification_types

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ledger/vatType",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListResponseVatType | None:
    if response.status_code == 200:
        response_200 = ListResponseVatType.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ListResponseVatType]:
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
    type_of_vat: LedgerVatTypeSearchTypeOfVat | Unset = UNSET,
    vat_date: str | Unset = UNSET,
    should_include_specification_types: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseVatType]:
    """Find vat types corresponding with sent data.

    Args:
        id (str | Unset):
        number (str | Unset):
        type_of_vat (LedgerVatTypeSearchTypeOfVat | Unset):
        vat_date (str | Unset):
        should_include_specification_types (bool | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseVatType]
    """

    kwargs = _get_kwargs(
        id=id,
        number=number,
        type_of_vat=type_of_vat,
        vat_date=vat_date,
        should_include_specification_types=should_include_specification_types,
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
    type_of_vat: LedgerVatTypeSearchTypeOfVat | Unset = UNSET,
    vat_date: str | Unset = UNSET,
    should_include_specification_types: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseVatType | None:
    """Find vat types corresponding with sent data.

    Args:
        id (str | Unset):
        number (str | Unset):
        type_of_vat (LedgerVatTypeSearchTypeOfVat | Unset):
        vat_date (str | Unset):
        should_include_specification_types (bool | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseVatType
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            number=number,
            type_of_vat=type_of_vat,
            vat_date=vat_date,
            should_include_specification_types=should_include_specification_types,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
