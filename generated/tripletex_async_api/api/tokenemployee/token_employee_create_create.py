from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_employee_token import ResponseWrapperEmployeeToken
from ...types import UNSET, Response


def _get_kwargs(
    *,
    token_name: str,
    consumer_name: str,
    employee_id: int,
    company_owned: bool,
    expiration_date: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["tokenName"] = token_name

    params["consumerName"] = consumer_name

    params["employeeId"] = employee_id

    params["companyOwned"] = company_owned

    params["expirationDate"] = expiration_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/token/employee/:create",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperEmployeeToken | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperEmployeeToken.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperEmployeeToken]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    token_name: str,
    consumer_name: str,
    employee_id: int,
    company_owned: bool,
    expiration_date: str,
) -> Response[ResponseWrapperEmployeeToken]:
    """Create an employee token. Only selected consumers are allowed

    Args:
        token_name (str):
        consumer_name (str):
        employee_id (int):
        company_owned (bool):
        expiration_date (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperEmployeeToken]
    """

    kwargs = _get_kwargs(
        token_name=token_name,
        consumer_name=consumer_name,
        employee_id=employee_id,
        company_owned=company_owned,
        expiration_date=expiration_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    token_name: str,
    consumer_name: str,
    employee_id: int,
    company_owned: bool,
    expiration_date: str,
) -> ResponseWrapperEmployeeToken | None:
    """Create an employee token. Only selected consumers are allowed

    Args:
        token_name (str):
        consumer_name (str):
        employee_id (int):
        company_owned (bool):
        expiration_date (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperEmployeeToken
    """

    return (
        await asyncio_detailed(
            client=client,
            token_name=token_name,
            consumer_name=consumer_name,
            employee_id=employee_id,
            company_owned=company_owned,
            expiration_date=expiration_date,
        )
    ).parsed
