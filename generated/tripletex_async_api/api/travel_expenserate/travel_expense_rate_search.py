from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_travel_expense_rate import ListResponseTravelExpenseRate
from ...models.travel_expense_rate_search_type import TravelExpenseRateSearchType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    rate_category_id: str | Unset = UNSET,
    type_: TravelExpenseRateSearchType | Unset = UNSET,
    is_valid_day_trip: bool | Unset = UNSET,
    is_valid_accommodation: bool | Unset = UNSET,
    is_valid_domestic: bool | Unset = UNSET,
    is_valid_foreign_travel: bool | Unset = UNSET,
    requires_zone: bool | Unset = UNSET,
    requires_overnight_accommodation: bool | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["rateCategoryId"] = rate_category_id

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["isValidDayTrip"] = is_valid_day_trip

    params["isValidAccommodation"] = is_valid_accommodation

    params["isValidDomestic"] = is_valid_domestic

    params["isValidForeignTravel"] = is_valid_foreign_travel

    params["requiresZone"] = requires_zone

    params["requiresOvernightAccommodation"] = requires_overnight_accommodation

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/travelExpense/rate",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseTravelExpenseRate | None:
    if response.status_code == 200:
        response_200 = ListResponseTravelExpenseRate.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseTravelExpenseRate]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    rate_category_id: str | Unset = UNSET,
    type_: TravelExpenseRateSearchType | Unset = UNSET,
    is_valid_day_trip: bool | Unset = UNSET,
    is_valid_accommodation: bool | Unset = UNSET,
    is_valid_domestic: bool | Unset = UNSET,
    is_valid_foreign_travel: bool | Unset = UNSET,
    requires_zone: bool | Unset = UNSET,
    requires_overnight_accommodation: bool | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseTravelExpenseRate]:
    """Find rates corresponding with sent data.

    Args:
        rate_category_id (str | Unset):
        type_ (TravelExpenseRateSearchType | Unset):
        is_valid_day_trip (bool | Unset):
        is_valid_accommodation (bool | Unset):
        is_valid_domestic (bool | Unset):
        is_valid_foreign_travel (bool | Unset):
        requires_zone (bool | Unset):
        requires_overnight_accommodation (bool | Unset):
        date_from (str | Unset):
        date_to (str | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseTravelExpenseRate]
    """

    kwargs = _get_kwargs(
        rate_category_id=rate_category_id,
        type_=type_,
        is_valid_day_trip=is_valid_day_trip,
        is_valid_accommodation=is_valid_accommodation,
        is_valid_domestic=is_valid_domestic,
        is_valid_foreign_travel=is_valid_foreign_travel,
        requires_zone=requires_zone,
        requires_overnight_accommodation=requires_overnight_accommodation,
        date_from=date_from,
        date_to=date_to,
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
    rate_category_id: str | Unset = UNSET,
    type_: TravelExpenseRateSearchType | Unset = UNSET,
    is_valid_day_trip: bool | Unset = UNSET,
    is_valid_accommodation: bool | Unset = UNSET,
    is_valid_domestic: bool | Unset = UNSET,
    is_valid_foreign_travel: bool | Unset = UNSET,
    requires_zone: bool | Unset = UNSET,
    requires_overnight_accommodation: bool | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseTravelExpenseRate | None:
    """Find rates corresponding with sent data.

    Args:
        rate_category_id (str | Unset):
        type_ (TravelExpenseRateSearchType | Unset):
        is_valid_day_trip (bool | Unset):
        is_valid_accommodation (bool | Unset):
        is_valid_domestic (bool | Unset):
        is_valid_foreign_travel (bool | Unset):
        requires_zone (bool | Unset):
        requires_overnight_accommodation (bool | Unset):
        date_from (str | Unset):
        date_to (str | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseTravelExpenseRate
    """

    return (
        await asyncio_detailed(
            client=client,
            rate_category_id=rate_category_id,
            type_=type_,
            is_valid_day_trip=is_valid_day_trip,
            is_valid_accommodation=is_valid_accommodation,
            is_valid_domestic=is_valid_domestic,
            is_valid_foreign_travel=is_valid_foreign_travel,
            requires_zone=requires_zone,
            requires_overnight_accommodation=requires_overnight_accommodation,
            date_from=date_from,
            date_to=date_to,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
