from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_per_diem_compensation import ListResponsePerDiemCompensation
from ...models.travel_expense_per_diem_compensation_search_overnight_accommodation import (
    TravelExpensePerDiemCompensationSearchOvernightAccommodation,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    travel_expense_id: str | Unset = UNSET,
    rate_type_id: str | Unset = UNSET,
    rate_category_id: str | Unset = UNSET,
    overnight_accommodation: TravelExpensePerDiemCompensationSearchOvernightAccommodation | Unset = UNSET,
    count_from: int | Unset = UNSET,
    count_to: int | Unset = UNSET,
    rate_from: float | Unset = UNSET,
    rate_to: float | Unset = UNSET,
    amount_from: float | Unset = UNSET,
    amount_to: float | Unset = UNSET,
    location: str | Unset = UNSET,
    address: str | Unset = UNSET,
    is_deduction_for_breakfast: bool | Unset = UNSET,
    is_lunch_deduction: bool | Unset = UNSET,
    is_dinner_deduction: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["travelExpenseId"] = travel_expense_id

    params["rateTypeId"] = rate_type_id

    params["rateCategoryId"] = rate_category_id

    json_overnight_accommodation: str | Unset = UNSET
    if not isinstance(overnight_accommodation, Unset):
        json_overnight_accommodation = overnight_accommodation.value

    params["overnightAccommodation"] = json_overnight_accommodation

    params["countFrom"] = count_from

    params["countTo"] = count_to

    params["rateFrom"] = rate_from

    params["rateTo"] = rate_to

    params["amountFrom"] = amount_from

    params["amountTo"] = amount_to

    params["location"] = location

    params["address"] = address

    params["isDeductionForBreakfast"] = is_deduction_for_breakfast

    params["isLunchDeduction"] = is_lunch_deduction

    params["isDinnerDeduction"] = is_dinner_deduction

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/travelExpense/perDiemCompensation",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponsePerDiemCompensation | None:
    if response.status_code == 200:
        response_200 = ListResponsePerDiemCompensation.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponsePerDiemCompensation]:
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
    overnight_accommodation: TravelExpensePerDiemCompensationSearchOvernightAccommodation | Unset = UNSET,
    count_from: int | Unset = UNSET,
    count_to: int | Unset = UNSET,
    rate_from: float | Unset = UNSET,
    rate_to: float | Unset = UNSET,
    amount_from: float | Unset = UNSET,
    amount_to: float | Unset = UNSET,
    location: str | Unset = UNSET,
    address: str | Unset = UNSET,
    is_deduction_for_breakfast: bool | Unset = UNSET,
    is_lunch_deduction: bool | Unset = UNSET,
    is_dinner_deduction: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponsePerDiemCompensation]:
    """Find per diem compensations corresponding with sent data.

    Args:
        travel_expense_id (str | Unset):
        rate_type_id (str | Unset):
        rate_category_id (str | Unset):
        overnight_accommodation (TravelExpensePerDiemCompensationSearchOvernightAccommodation |
            Unset):
        count_from (int | Unset):
        count_to (int | Unset):
        rate_from (float | Unset):
        rate_to (float | Unset):
        amount_from (float | Unset):
        amount_to (float | Unset):
        location (str | Unset):
        address (str | Unset):
        is_deduction_for_breakfast (bool | Unset):
        is_lunch_deduction (bool | Unset):
        is_dinner_deduction (bool | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponsePerDiemCompensation]
    """

    kwargs = _get_kwargs(
        travel_expense_id=travel_expense_id,
        rate_type_id=rate_type_id,
        rate_category_id=rate_category_id,
        overnight_accommodation=overnight_accommodation,
        count_from=count_from,
        count_to=count_to,
        rate_from=rate_from,
        rate_to=rate_to,
        amount_from=amount_from,
        amount_to=amount_to,
        location=location,
        address=address,
        is_deduction_for_breakfast=is_deduction_for_breakfast,
        is_lunch_deduction=is_lunch_deduction,
        is_dinner_deduction=is_dinner_deduction,
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
    overnight_accommodation: TravelExpensePerDiemCompensationSearchOvernightAccommodation | Unset = UNSET,
    count_from: int | Unset = UNSET,
    count_to: int | Unset = UNSET,
    rate_from: float | Unset = UNSET,
    rate_to: float | Unset = UNSET,
    amount_from: float | Unset = UNSET,
    amount_to: float | Unset = UNSET,
    location: str | Unset = UNSET,
    address: str | Unset = UNSET,
    is_deduction_for_breakfast: bool | Unset = UNSET,
    is_lunch_deduction: bool | Unset = UNSET,
    is_dinner_deduction: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponsePerDiemCompensation | None:
    """Find per diem compensations corresponding with sent data.

    Args:
        travel_expense_id (str | Unset):
        rate_type_id (str | Unset):
        rate_category_id (str | Unset):
        overnight_accommodation (TravelExpensePerDiemCompensationSearchOvernightAccommodation |
            Unset):
        count_from (int | Unset):
        count_to (int | Unset):
        rate_from (float | Unset):
        rate_to (float | Unset):
        amount_from (float | Unset):
        amount_to (float | Unset):
        location (str | Unset):
        address (str | Unset):
        is_deduction_for_breakfast (bool | Unset):
        is_lunch_deduction (bool | Unset):
        is_dinner_deduction (bool | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponsePerDiemCompensation
    """

    return (
        await asyncio_detailed(
            client=client,
            travel_expense_id=travel_expense_id,
            rate_type_id=rate_type_id,
            rate_category_id=rate_category_id,
            overnight_accommodation=overnight_accommodation,
            count_from=count_from,
            count_to=count_to,
            rate_from=rate_from,
            rate_to=rate_to,
            amount_from=amount_from,
            amount_to=amount_to,
            location=location,
            address=address,
            is_deduction_for_breakfast=is_deduction_for_breakfast,
            is_lunch_deduction=is_lunch_deduction,
            is_dinner_deduction=is_dinner_deduction,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
