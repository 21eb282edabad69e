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
    email: str | Unset = UNSET,
    include_contacts: bool | Unset = True,
    is_inactive: bool | Unset = UNSET,
    has_system_access: bool | Unset = UNSET,
    exclude_read_only: bool | Unset = UNSET,
    fields: str | Unset = "id, employeeNumber, firstName, lastName, email, pictureId",
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["firstName"] = first_name

    params["lastName"] = last_name

    params["email"] = email

    params["includeContacts"] = include_contacts

    params["isInactive"] = is_inactive

    params["hasSystemAccess"] = has_system_access

    params["excludeReadOnly"] = exclude_read_only

    params["fields"] = fields

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/employee/searchForEmployeesAndContacts",
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
    email: str | Unset = UNSET,
    include_contacts: bool | Unset = True,
    is_inactive: bool | Unset = UNSET,
    has_system_access: bool | Unset = UNSET,
    exclude_read_only: bool | Unset = UNSET,
    fields: str | Unset = "id, employeeNumber, firstName, lastName, email, pictureId",
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
) -> Response[ListResponseEmployee]:
    """Get employees and contacts by parameters. Include contacts by default.

    Args:
        id (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        email (str | Unset):
        include_contacts (bool | Unset):  Default: True.
        is_inactive (bool | Unset):
        has_system_access (bool | Unset):
        exclude_read_only (bool | Unset):
        fields (str | Unset):  Default: 'id, employeeNumber, firstName, lastName, email,
            pictureId'.
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.

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
        email=email,
        include_contacts=include_contacts,
        is_inactive=is_inactive,
        has_system_access=has_system_access,
        exclude_read_only=exclude_read_only,
        fields=fields,
        from_=from_,
        count=count,
        sorting=sorting,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    include_contacts: bool | Unset = True,
    is_inactive: bool | Unset = UNSET,
    has_system_access: bool | Unset = UNSET,
    exclude_read_only: bool | Unset = UNSET,
    fields: str | Unset = "id, employeeNumber, firstName, lastName, email, pictureId",
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
) -> ListResponseEmployee | None:
    """Get employees and contacts by parameters. Include contacts by default.

    Args:
        id (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        email (str | Unset):
        include_contacts (bool | Unset):  Default: True.
        is_inactive (bool | Unset):
        has_system_access (bool | Unset):
        exclude_read_only (bool | Unset):
        fields (str | Unset):  Default: 'id, employeeNumber, firstName, lastName, email,
            pictureId'.
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.

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
            email=email,
            include_contacts=include_contacts,
            is_inactive=is_inactive,
            has_system_access=has_system_access,
            exclude_read_only=exclude_read_only,
            fields=fields,
            from_=from_,
            count=count,
            sorting=sorting,
        )
    ).parsed
