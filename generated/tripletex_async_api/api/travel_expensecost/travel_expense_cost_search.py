from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_cost import ListResponseCost
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    travel_expense_id: str | Unset = UNSET,
    vat_type_id: str | Unset = UNSET,
    currency_id: str | Unset = UNSET,
    rate_from: float | Unset = UNSET,
    rate_to: float | Unset = UNSET,
    count_from: int | Unset = UNSET,
    count_to: int | Unset = UNSET,
    amount_from: float | Unset = UNSET,
    amount_to: float | Unset = UNSET,
    location: str | Unset = UNSET,
    address: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["travelExpenseId"] = travel_expense_id

    params["vatTypeId"] = vat_type_id

    params["currencyId"] = currency_id

    params["rateFrom"] = rate_from

    params["rateTo"] = rate_to

    params["countFrom"] = count_from

    params["countTo"] = count_to

    params["amountFrom"] = amount_from

    params["amountTo"] = amount_to

    params["location"] = location

    params["address"] = address

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/travelExpense/cost",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListResponseCost | None:
    if response.status_code == 200:
        response_200 = ListResponseCost.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ListResponseCost]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    travel_expense_id: str | Unset = UNSET,
    vat_type_id: str | Unset = UNSET,
    currency_id: str | Unset = UNSET,
    rate_from: float | Unset = UNSET,
    rate_to: float | Unset = UNSET,
    count_from: int | Unset = UNSET,
    count_to: int | Unset = UNSET,
    amount_from: float | Unset = UNSET,
    amount_to: float | Unset = UNSET,
    location: str | Unset = UNSET,
    address: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseCost]:
    """Find costs corresponding with sent data.

    Args:
        travel_expense_id (str | Unset):
        vat_type_id (str | Unset):
        currency_id (str | Unset):
        rate_from (float | Unset):
        rate_to (float | Unset):
        count_from (int | Unset):
        count_to (int | Unset):
        amount_from (float | Unset):
        amount_to (float | Unset):
        location (str | Unset):
        address (str | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseCost]
    """

    kwargs = _get_kwargs(
        travel_expense_id=travel_expense_id,
        vat_type_id=vat_type_id,
        currency_id=currency_id,
        rate_from=rate_from,
        rate_to=rate_to,
        count_from=count_from,
        count_to=count_to,
        amount_from=amount_from,
        amount_to=amount_to,
        location=location,
        address=address,
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
    travel_expense_id: str | Unset = UNSET,
    vat_type_id: str | Unset = UNSET,
    currency_id: str | Unset = UNSET,
    rate_from: float | Unset = UNSET,
    rate_to: float | Unset = UNSET,
    count_from: int | Unset = UNSET,
    count_to: int | Unset = UNSET,
    amount_from: float | Unset = UNSET,
    amount_to: float | Unset = UNSET,
    location: str | Unset = UNSET,
    address: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseCost | None:
    """Find costs corresponding with sent data.

    Args:
        travel_expense_id (str | Unset):
        vat_type_id (str | Unset):
        currency_id (str | Unset):
        rate_from (float | Unset):
        rate_to (float | Unset):
        count_from (int | Unset):
        count_to (int | Unset):
        amount_from (float | Unset):
        amount_to (float | Unset):
        location (str | Unset):
        address (str | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseCost
    """

    return (
        await asyncio_detailed(
            client=client,
            travel_expense_id=travel_expense_id,
            vat_type_id=vat_type_id,
            currency_id=currency_id,
            rate_from=rate_from,
            rate_to=rate_to,
            count_from=count_from,
            count_to=count_to,
            amount_from=amount_from,
            amount_to=amount_to,
            location=location,
            address=address,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
