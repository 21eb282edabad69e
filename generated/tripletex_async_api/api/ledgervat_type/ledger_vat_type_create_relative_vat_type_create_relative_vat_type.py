from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_vat_type import ResponseWrapperVatType
from ...types import UNSET, Response


def _get_kwargs(
    *,
    name: str,
    vat_type_id: int,
    percentage: float,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["vatTypeId"] = vat_type_id

    params["percentage"] = percentage

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/ledger/vatType/createRelativeVatType",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResponseWrapperVatType | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperVatType.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperVatType]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    name: str,
    vat_type_id: int,
    percentage: float,
) -> Response[ResponseWrapperVatType]:
    """Create a new relative VAT Type. These are used if the company has 'forholdsmessig fradrag for
    inngående MVA'.

    Args:
        name (str):
        vat_type_id (int):
        percentage (float):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperVatType]
    """

    kwargs = _get_kwargs(
        name=name,
        vat_type_id=vat_type_id,
        percentage=percentage,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    name: str,
    vat_type_id: int,
    percentage: float,
) -> ResponseWrapperVatType | None:
    """Create a new relative VAT Type. These are used if the company has 'forholdsmessig fradrag for
    inngående MVA'.

    Args:
        name (str):
        vat_type_id (int):
        percentage (float):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperVatType
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            vat_type_id=vat_type_id,
            percentage=percentage,
        )
    ).parsed
