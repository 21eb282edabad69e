from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_holidays import CompanyHolidays
from ...models.response_wrapper_company_holidays import ResponseWrapperCompanyHolidays
from ...types import Response, request_body_serialization


def _get_kwargs(
    id: int,
    *,
    body: CompanyHolidays,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/timesheet/companyHoliday/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperCompanyHolidays | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperCompanyHolidays.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperCompanyHolidays]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: CompanyHolidays,
) -> Response[ResponseWrapperCompanyHolidays]:
    """[BETA] Update a company holiday

    Args:
        id (int):
        body (CompanyHolidays):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperCompanyHolidays]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: CompanyHolidays,
) -> ResponseWrapperCompanyHolidays | None:
    """[BETA] Update a company holiday

    Args:
        id (int):
        body (CompanyHolidays):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperCompanyHolidays
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
