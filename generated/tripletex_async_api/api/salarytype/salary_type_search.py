from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_salary_type import ListResponseSalaryType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    number: str | Unset = UNSET,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    show_in_timesheet: bool | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    employee_ids: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["number"] = number

    params["name"] = name

    params["description"] = description

    params["showInTimesheet"] = show_in_timesheet

    params["isInactive"] = is_inactive

    params["employeeIds"] = employee_ids

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/salary/type",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListResponseSalaryType | None:
    if response.status_code == 200:
        response_200 = ListResponseSalaryType.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseSalaryType]:
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
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    show_in_timesheet: bool | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    employee_ids: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseSalaryType]:
    """Find salary type corresponding with sent data.

    Args:
        id (str | Unset):
        number (str | Unset):
        name (str | Unset):
        description (str | Unset):
        show_in_timesheet (bool | Unset):
        is_inactive (bool | Unset):
        employee_ids (str | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseSalaryType]
    """

    kwargs = _get_kwargs(
        id=id,
        number=number,
        name=name,
        description=description,
        show_in_timesheet=show_in_timesheet,
        is_inactive=is_inactive,
        employee_ids=employee_ids,
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
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    show_in_timesheet: bool | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    employee_ids: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseSalaryType | None:
    """Find salary type corresponding with sent data.

    Args:
        id (str | Unset):
        number (str | Unset):
        name (str | Unset):
        description (str | Unset):
        show_in_timesheet (bool | Unset):
        is_inactive (bool | Unset):
        employee_ids (str | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseSalaryType
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            number=number,
            name=name,
            description=description,
            show_in_timesheet=show_in_timesheet,
            is_inactive=is_inactive,
            employee_ids=employee_ids,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
