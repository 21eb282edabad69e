from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_timesheet_salary_type_specification import (
    ResponseWrapperTimesheetSalaryTypeSpecification,
)
from ...models.timesheet_salary_type_specification import TimesheetSalaryTypeSpecification
from ...types import Response, request_body_serialization


def _get_kwargs(
    *,
    body: TimesheetSalaryTypeSpecification,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/timesheet/salaryTypeSpecification",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperTimesheetSalaryTypeSpecification | None:
    if response.status_code == 201:
        response_201 = ResponseWrapperTimesheetSalaryTypeSpecification.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperTimesheetSalaryTypeSpecification]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TimesheetSalaryTypeSpecification,
) -> Response[ResponseWrapperTimesheetSalaryTypeSpecification]:
    """[BETA] Create a timesheet SalaryType Specification. Only one entry per employee/date/SalaryType

    Args:
        body (TimesheetSalaryTypeSpecification):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperTimesheetSalaryTypeSpecification]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TimesheetSalaryTypeSpecification,
) -> ResponseWrapperTimesheetSalaryTypeSpecification | None:
    """[BETA] Create a timesheet SalaryType Specification. Only one entry per employee/date/SalaryType

    Args:
        body (TimesheetSalaryTypeSpecification):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperTimesheetSalaryTypeSpecification
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
