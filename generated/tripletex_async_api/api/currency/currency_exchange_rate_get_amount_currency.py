from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_number import ResponseWrapperNumber
from ...types import UNSET, Response, Unset


def _get_kwargs(
    from_currency_id: int,
    *,
    amount: float,
    date: str,
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["amount"] = amount

    params["date"] = date

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/currency/{from_currency_id}/exchangeRate".format(
            from_currency_id=quote(str(from_currency_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResponseWrapperNumber | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperNumber.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperNumber]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    from_currency_id: int,
    *,
    client: AuthenticatedClient,
    amount: float,
    date: str,
    fields: str | Unset = "",
) -> Response[ResponseWrapperNumber]:
    """Returns the amount in the company currency, where the input amount is in fromCurrency, using the
    newest exchange rate available for the given date

    Args:
        from_currency_id (int):
        amount (float):
        date (str):
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperNumber]
    """

    kwargs = _get_kwargs(
        from_currency_id=from_currency_id,
        amount=amount,
        date=date,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    from_currency_id: int,
    *,
    client: AuthenticatedClient,
    amount: float,
    date: str,
    fields: str | Unset = "",
) -> ResponseWrapperNumber | None:
    """Returns the amount in the company currency, where the input amount is in fromCurrency, using the
    newest exchange rate available for the given date

    Args:
        from_currency_id (int):
        amount (float):
        date (str):
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperNumber
    """

    return (
        await asyncio_detailed(
            from_currency_id=from_currency_id,
            client=client,
            amount=amount,
            date=date,
            fields=fields,
        )
    ).parsed
