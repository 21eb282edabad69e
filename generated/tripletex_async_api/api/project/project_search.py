from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_project import ListResponseProject
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    number: str | Unset = UNSET,
    is_offer: bool | Unset = UNSET,
    project_manager_id: str | Unset = UNSET,
    customer_account_manager_id: str | Unset = UNSET,
    employee_in_project_id: str | Unset = UNSET,
    department_id: str | Unset = UNSET,
    start_date_from: str | Unset = UNSET,
    start_date_to: str | Unset = UNSET,
    end_date_from: str | Unset = UNSET,
    end_date_to: str | Unset = UNSET,
    is_closed: bool | Unset = UNSET,
    is_fixed_price: bool | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    external_accounts_number: str | Unset = UNSET,
    include_recently_closed: bool | Unset = False,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["name"] = name

    params["number"] = number

    params["isOffer"] = is_offer

    params["projectManagerId"] = project_manager_id

    params["customerAccountManagerId"] = customer_account_manager_id

    params["employeeInProjectId"] = employee_in_project_id

    params["departmentId"] = department_id

    params["startDateFrom"] = start_date_from

    params["startDateTo"] = start_date_to

    params["endDateFrom"] = end_date_from

    params["endDateTo"] = end_date_to

    params["isClosed"] = is_closed

    params["isFixedPrice"] = is_fixed_price

    params["customerId"] = customer_id

    params["externalAccountsNumber"] = external_accounts_number

    params["includeRecentlyClosed"] = include_recently_closed

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/project",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListResponseProject | None:
    if response.status_code == 200:
        response_200 = ListResponseProject.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ListResponseProject]:
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
    name: str | Unset = UNSET,
    number: str | Unset = UNSET,
    is_offer: bool | Unset = UNSET,
    project_manager_id: str | Unset = UNSET,
    customer_account_manager_id: str | Unset = UNSET,
    employee_in_project_id: str | Unset = UNSET,
    department_id: str | Unset = UNSET,
    start_date_from: str | Unset = UNSET,
    start_date_to: str | Unset = UNSET,
    end_date_from: str | Unset = UNSET,
    end_date_to: str | Unset = UNSET,
    is_closed: bool | Unset = UNSET,
    is_fixed_price: bool | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    external_accounts_number: str | Unset = UNSET,
    include_recently_closed: bool | Unset = False,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseProject]:
    """Find projects corresponding with sent data.

    Args:
        id (str | Unset):
        name (str | Unset):
        number (str | Unset):
        is_offer (bool | Unset):
        project_manager_id (str | Unset):
        customer_account_manager_id (str | Unset):
        employee_in_project_id (str | Unset):
        department_id (str | Unset):
        start_date_from (str | Unset):
        start_date_to (str | Unset):
        end_date_from (str | Unset):
        end_date_to (str | Unset):
        is_closed (bool | Unset):
        is_fixed_price (bool | Unset):
        customer_id (str | Unset):
        external_accounts_number (str | Unset):
        include_recently_closed (bool | Unset):  Default: False.
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseProject]
    """

    kwargs = _get_kwargs(
        id=id,
        name=name,
        number=number,
        is_offer=is_offer,
        project_manager_id=project_manager_id,
        customer_account_manager_id=customer_account_manager_id,
        employee_in_project_id=employee_in_project_id,
        department_id=department_id,
        start_date_from=start_date_from,
        start_date_to=start_date_to,
        end_date_from=end_date_from,
        end_date_to=end_date_to,
        is_closed=is_closed,
        is_fixed_price=is_fixed_price,
        customer_id=customer_id,
        external_accounts_number=external_accounts_number,
        include_recently_closed=include_recently_closed,
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
    name: str | Unset = UNSET,
    number: str | Unset = UNSET,
    is_offer: bool | Unset = UNSET,
    project_manager_id: str | Unset = UNSET,
    customer_account_manager_id: str | Unset = UNSET,
    employee_in_project_id: str | Unset = UNSET,
    department_id: str | Unset = UNSET,
    start_date_from: str | Unset = UNSET,
    start_date_to: str | Unset = UNSET,
    end_date_from: str | Unset = UNSET,
    end_date_to: str | Unset = UNSET,
    is_closed: bool | Unset = UNSET,
    is_fixed_price: bool | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    external_accounts_number: str | Unset = UNSET,
    include_recently_closed: bool | Unset = False,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseProject | None:
    """Find projects corresponding with sent data.

    Args:
        id (str | Unset):
        name (str | Unset):
        number (str | Unset):
        is_offer (bool | Unset):
        project_manager_id (str | Unset):
        customer_account_manager_id (str | Unset):
        employee_in_project_id (str | Unset):
        department_id (str | Unset):
        start_date_from (str | Unset):
        start_date_to (str | Unset):
        end_date_from (str | Unset):
        end_date_to (str | Unset):
        is_closed (bool | Unset):
        is_fixed_price (bool | Unset):
        customer_id (str | Unset):
        external_accounts_number (str | Unset):
        include_recently_closed (bool | Unset):  Default: False.
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseProject
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            name=name,
            number=number,
            is_offer=is_offer,
            project_manager_id=project_manager_id,
            customer_account_manager_id=customer_account_manager_id,
            employee_in_project_id=employee_in_project_id,
            department_id=department_id,
            start_date_from=start_date_from,
            start_date_to=start_date_to,
            end_date_from=end_date_from,
            end_date_to=end_date_to,
            is_closed=is_closed,
            is_fixed_price=is_fixed_price,
            customer_id=customer_id,
            external_accounts_number=external_accounts_number,
            include_recently_closed=include_recently_closed,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
