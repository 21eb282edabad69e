from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_salary_transaction import ResponseWrapperSalaryTransaction
from ...models.salary_transaction import SalaryTransaction
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    *,
    body: SalaryTransaction,
    generate_tax_deduction: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["generateTaxDeduction"] = generate_tax_deduction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/salary/transaction",
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperSalaryTransaction | None:
    if response.status_code == 201:
        response_201 = ResponseWrapperSalaryTransaction.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperSalaryTransaction]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SalaryTransaction,
    generate_tax_deduction: bool | Unset = False,
) -> Response[ResponseWrapperSalaryTransaction]:
    """Create a new salary transaction.

    Args:
        generate_tax_deduction (bool | Unset):  Default: False.
        body (SalaryTransaction):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperSalaryTransaction]
    """

    kwargs = _get_kwargs(
        body=body,
        generate_tax_deduction=generate_tax_deduction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SalaryTransaction,
    generate_tax_deduction: bool | Unset = False,
) -> ResponseWrapperSalaryTransaction | None:
    """Create a new salary transaction.

    Args:
        generate_tax_deduction (bool | Unset):  Default: False.
        body (SalaryTransaction):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperSalaryTransaction
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            generate_tax_deduction=generate_tax_deduction,
        )
    ).parsed
