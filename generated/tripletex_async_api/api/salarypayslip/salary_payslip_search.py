from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_payslip import ListResponsePayslip
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    employee_id: str | Unset = UNSET,
    wage_transaction_id: str | Unset = UNSET,
    activity_id: str | Unset = UNSET,
    year_from: int | Unset = UNSET,
    year_to: int | Unset = UNSET,
    month_from: int | Unset = UNSET,
    month_to: int | Unset = UNSET,
    voucher_date_from: str | Unset = UNSET,
    voucher_date_to: str | Unset = UNSET,
    comment: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["employeeId"] = employee_id

    params["wageTransactionId"] = wage_transaction_id

    params["activityId"] = activity_id

    params["yearFrom"] = year_from

    params["yearTo"] = year_to

    params["monthFrom"] = month_from

    params["monthTo"] = month_to

    params["voucherDateFrom"] = voucher_date_from

    params["voucherDateTo"] = voucher_date_to

    params["comment"] = comment

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/salary/payslip",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListResponsePayslip | None:
    if response.status_code == 200:
        response_200 = ListResponsePayslip.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ListResponsePayslip]:
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
    employee_id: str | Unset = UNSET,
    wage_transaction_id: str | Unset = UNSET,
    activity_id: str | Unset = UNSET,
    year_from: int | Unset = UNSET,
    year_to: int | Unset = UNSET,
    month_from: int | Unset = UNSET,
    month_to: int | Unset = UNSET,
    voucher_date_from: str | Unset = UNSET,
    voucher_date_to: str | Unset = UNSET,
    comment: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponsePayslip]:
    """Find payslips corresponding with sent data.

    Args:
        id (str | Unset):
        employee_id (str | Unset):
        wage_transaction_id (str | Unset):
        activity_id (str | Unset):
        year_from (int | Unset):
        year_to (int | Unset):
        month_from (int | Unset):
        month_to (int | Unset):
        voucher_date_from (str | Unset):
        voucher_date_to (str | Unset):
        comment (str | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponsePayslip]
    """

    kwargs = _get_kwargs(
        id=id,
        employee_id=employee_id,
        wage_transaction_id=wage_transaction_id,
        activity_id=activity_id,
        year_from=year_from,
        year_to=year_to,
        month_from=month_from,
        month_to=month_to,
        voucher_date_from=voucher_date_from,
        voucher_date_to=voucher_date_to,
        comment=comment,
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
    employee_id: str | Unset = UNSET,
    wage_transaction_id: str | Unset = UNSET,
    activity_id: str | Unset = UNSET,
    year_from: int | Unset = UNSET,
    year_to: int | Unset = UNSET,
    month_from: int | Unset = UNSET,
    month_to: int | Unset = UNSET,
    voucher_date_from: str | Unset = UNSET,
    voucher_date_to: str | Unset = UNSET,
    comment: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponsePayslip | None:
    """Find payslips corresponding with sent data.

    Args:
        id (str | Unset):
        employee_id (str | Unset):
        wage_transaction_id (str | Unset):
        activity_id (str | Unset):
        year_from (int | Unset):
        year_to (int | Unset):
        month_from (int | Unset):
        month_to (int | Unset):
        voucher_date_from (str | Unset):
        voucher_date_to (str | Unset):
        comment (str | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponsePayslip
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            employee_id=employee_id,
            wage_transaction_id=wage_transaction_id,
            activity_id=activity_id,
            year_from=year_from,
            year_to=year_to,
            month_from=month_from,
            month_to=month_to,
            voucher_date_from=voucher_date_from,
            voucher_date_to=voucher_date_to,
            comment=comment,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
