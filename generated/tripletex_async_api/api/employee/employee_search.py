from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_employee import ListResponseEmployee
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    employee_number: str | Unset = UNSET,
    email: str | Unset = UNSET,
    allow_information_registration: bool | Unset = UNSET,
    include_contacts: bool | Unset = False,
    department_id: str | Unset = UNSET,
    only_project_managers: bool | Unset = UNSET,
    only_contacts: bool | Unset = False,
    assignable_project_managers: bool | Unset = UNSET,
    period_start: str | Unset = UNSET,
    period_end: str | Unset = UNSET,
    has_system_access: bool | Unset = UNSET,
    only_employee_tokens: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["firstName"] = first_name

    params["lastName"] = last_name

    params["employeeNumber"] = employee_number

    params["email"] = email

    params["allowInformationRegistration"] = allow_information_registration

    params["includeContacts"] = include_contacts

    params["departmentId"] = department_id

    params["onlyProjectManagers"] = only_project_managers

    params["onlyContacts"] = only_contacts

    params["assignableProjectManagers"] = assignable_project_managers

    params["periodStart"] = period_start

    params["periodEnd"] = period_end

    params["hasSystemAccess"] = has_system_access

    params["onlyEmployeeTokens"] = only_employee_tokens

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/employee",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListResponseEmployee | None:
    if response.status_code == 200:
        response_200 = ListResponseEmployee.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseEmployee]:
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
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    employee_number: str | Unset = UNSET,
    email: str | Unset = UNSET,
    allow_information_registration: bool | Unset = UNSET,
    include_contacts: bool | Unset = False,
    department_id: str | Unset = UNSET,
    only_project_managers: bool | Unset = UNSET,
    only_contacts: bool | Unset = False,
    assignable_project_managers: bool | Unset = UNSET,
    period_start: str | Unset = UNSET,
    period_end: str | Unset = UNSET,
    has_system_access: bool | Unset = UNSET,
    only_employee_tokens: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseEmployee]:
    """Find employees corresponding with sent data.

    Args:
        id (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        employee_number (str | Unset):
        email (str | Unset):
        allow_information_registration (bool | Unset):
        include_contacts (bool | Unset):  Default: False.
        department_id (str | Unset):
        only_project_managers (bool | Unset):
        only_contacts (bool | Unset):  Default: False.
        assignable_project_managers (bool | Unset):
        period_start (str | Unset):
        period_end (str | Unset):
        has_system_access (bool | Unset):
        only_employee_tokens (bool | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseEmployee]
    """

    kwargs = _get_kwargs(
        id=id,
        first_name=first_name,
        last_name=last_name,
        employee_number=employee_number,
        email=email,
        allow_information_registration=allow_information_registration,
        include_contacts=include_contacts,
        department_id=department_id,
        only_project_managers=only_project_managers,
        only_contacts=only_contacts,
        assignable_project_managers=assignable_project_managers,
        period_start=period_start,
        period_end=period_end,
        has_system_access=has_system_access,
        only_employee_tokens=only_employee_tokens,
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
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    employee_number: str | Unset = UNSET,
    email: str | Unset = UNSET,
    allow_information_registration: bool | Unset = UNSET,
    include_contacts: bool | Unset = False,
    department_id: str | Unset = UNSET,
    only_project_managers: bool | Unset = UNSET,
    only_contacts: bool | Unset = False,
    assignable_project_managers: bool | Unset = UNSET,
    period_start: str | Unset = UNSET,
    period_end: str | Unset = UNSET,
    has_system_access: bool | Unset = UNSET,
    only_employee_tokens: bool | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseEmployee | None:
    """Find employees corresponding with sent data.

    Args:
        id (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        employee_number (str | Unset):
        email (str | Unset):
        allow_information_registration (bool | Unset):
        include_contacts (bool | Unset):  Default: False.
        department_id (str | Unset):
        only_project_managers (bool | Unset):
        only_contacts (bool | Unset):  Default: False.
        assignable_project_managers (bool | Unset):
        period_start (str | Unset):
        period_end (str | Unset):
        has_system_access (bool | Unset):
        only_employee_tokens (bool | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseEmployee
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            first_name=first_name,
            last_name=last_name,
            employee_number=employee_number,
            email=email,
            allow_information_registration=allow_information_registration,
            include_contacts=include_contacts,
            department_id=department_id,
            only_project_managers=only_project_managers,
            only_contacts=only_contacts,
            assignable_project_managers=assignable_project_managers,
            period_start=period_start,
            period_end=period_end,
            has_system_access=has_system_access,
            only_employee_tokens=only_employee_tokens,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
