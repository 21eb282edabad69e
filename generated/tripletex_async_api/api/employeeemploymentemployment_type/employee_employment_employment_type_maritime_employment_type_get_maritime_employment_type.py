from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.employee_employment_employment_type_maritime_employment_type_get_maritime_employment_type_type import (
    EmployeeEmploymentEmploymentTypeMaritimeEmploymentTypeGetMaritimeEmploymentTypeType,
)
from ...models.list_response_employment_type import ListResponseEmploymentType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: EmployeeEmploymentEmploymentTypeMaritimeEmploymentTypeGetMaritimeEmploymentTypeType,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_ = type_.value
    params["type"] = json_type_

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/employee/employment/employmentType/maritimeEmploymentType",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseEmploymentType | None:
    if response.status_code == 200:
        response_200 = ListResponseEmploymentType.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseEmploymentType]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: EmployeeEmploymentEmploymentTypeMaritimeEmploymentTypeGetMaritimeEmploymentTypeType,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseEmploymentType]:
    """Find all maritime employment type IDs.

    Args:
        type_
            (EmployeeEmploymentEmploymentTypeMaritimeEmploymentTypeGetMaritimeEmploymentTypeType):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseEmploymentType]
    """

    kwargs = _get_kwargs(
        type_=type_,
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
    type_: EmployeeEmploymentEmploymentTypeMaritimeEmploymentTypeGetMaritimeEmploymentTypeType,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseEmploymentType | None:
    """Find all maritime employment type IDs.

    Args:
        type_
            (EmployeeEmploymentEmploymentTypeMaritimeEmploymentTypeGetMaritimeEmploymentTypeType):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseEmploymentType
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
