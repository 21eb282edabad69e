from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_mileage_allowance import ListResponseMileageAllowance
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    travel_expense_id: str | Unset = UNSET,
    rate_type_id: str | Unset = UNSET,
    rate_category_id: str | Unset = UNSET,
    km_from: float | Unset = UNSET,
    km_to: float | Unset = UNSET,
    rate_from: float | Unset = UNSET,
    rate_to: float | Unset = UNSET,
    amount_from: float | Unset = UNSET,
    amount_to: float | Unset = UNSET,
    departure_location: str | Unset = UNSET,
    destination: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    is_company_car: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["travelExpenseId"] = travel_expense_id

    params["rateTypeId"] = rate_type_id

    params["rateCategoryId"] = rate_category_id

    params["kmFrom"] = km_from

    params["kmTo"] = km_to

    params["rateFrom"] = rate_from

    params["rateTo"] = rate_to

    params["amountFrom"] = amount_from

    params["amountTo"] = amount_to

    params["departureLocation"] = departure_location

    params["destination"] = destination

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["isCompanyCar"] = is_company_car

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/travelExpense/mileageAllowance",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseMileageAllowance | None:
    if response.status_code == 200:
        response_200 = ListResponseMileageAllowance.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseMileageAllowance]:
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
    rate_type_id: str | Unset = UNSET,
    rate_category_id: str | Unset = UNSET,
    km_from: float | Unset = UNSET,
    km_to: float | Unset = UNSET,
    rate_from: float | Unset = UNSET,
    rate_to: float | Unset = UNSET,
    amount_from: float | Unset = UNSET,
    amount_to: float | Unset = UNSET,
    departure_location: str | Unset = UNSET,
    destination: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    is_company_car: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseMileageAllowance]:
    """Find mileage allowances corresponding with sent data.

    Args:
        travel_expense_id (str | Unset):
        rate_type_id (str | Unset):
        rate_category_id (str | Unset):
        km_from (float | Unset):
        km_to (float | Unset):
        rate_from (float | Unset):
        rate_to (float | Unset):
        amount_from (float | Unset):
        amount_to (float | Unset):
        departure_location (str | Unset):
        destination (str | Unset):
        date_from (str | Unset):
        date_to (str | Unset):
        is_company_car (bool | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseMileageAllowance]
    """

    kwargs = _get_kwargs(
        travel_expense_id=travel_expense_id,
        rate_type_id=rate_type_id,
        rate_category_id=rate_category_id,
        km_from=km_from,
        km_to=km_to,
        rate_from=rate_from,
        rate_to=rate_to,
        amount_from=amount_from,
        amount_to=amount_to,
        departure_location=departure_location,
        destination=destination,
        date_from=date_from,
        date_to=date_to,
        is_company_car=is_company_car,
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
    rate_type_id: str | Unset = UNSET,
    rate_category_id: str | Unset = UNSET,
    km_from: float | Unset = UNSET,
    km_to: float | Unset = UNSET,
    rate_from: float | Unset = UNSET,
    rate_to: float | Unset = UNSET,
    amount_from: float | Unset = UNSET,
    amount_to: float | Unset = UNSET,
    departure_location: str | Unset = UNSET,
    destination: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    is_company_car: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseMileageAllowance | None:
    """Find mileage allowances corresponding with sent data.

    Args:
        travel_expense_id (str | Unset):
        rate_type_id (str | Unset):
        rate_category_id (str | Unset):
        km_from (float | Unset):
        km_to (float | Unset):
        rate_from (float | Unset):
        rate_to (float | Unset):
        amount_from (float | Unset):
        amount_to (float | Unset):
        departure_location (str | Unset):
        destination (str | Unset):
        date_from (str | Unset):
        date_to (str | Unset):
        is_company_car (bool | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseMileageAllowance
    """

    return (
        await asyncio_detailed(
            client=client,
            travel_expense_id=travel_expense_id,
            rate_type_id=rate_type_id,
            rate_category_id=rate_category_id,
            km_from=km_from,
            km_to=km_to,
            rate_from=rate_from,
            rate_to=rate_to,
            amount_from=amount_from,
            amount_to=amount_to,
            departure_location=departure_location,
            destination=destination,
            date_from=date_from,
            date_to=date_to,
            is_company_car=is_company_car,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
