from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bank_statement_import_import_bank_statement_body import BankStatementImportImportBankStatementBody
from ...models.bank_statement_import_import_bank_statement_file_format import (
    BankStatementImportImportBankStatementFileFormat,
)
from ...models.response_wrapper_bank_statement import ResponseWrapperBankStatement
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    *,
    body: BankStatementImportImportBankStatementBody | Unset = UNSET,
    bank_id: int,
    account_id: int,
    from_date: str,
    to_date: str,
    external_id: str | Unset = UNSET,
    file_format: BankStatementImportImportBankStatementFileFormat,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["bankId"] = bank_id

    params["accountId"] = account_id

    params["fromDate"] = from_date

    params["toDate"] = to_date

    params["externalId"] = external_id

    json_file_format = file_format.value
    params["fileFormat"] = json_file_format

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bank/statement/import",
        "params": params,
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperBankStatement | None:
    if response.status_code == 201:
        response_201 = ResponseWrapperBankStatement.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperBankStatement]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BankStatementImportImportBankStatementBody | Unset = UNSET,
    bank_id: int,
    account_id: int,
    from_date: str,
    to_date: str,
    external_id: str | Unset = UNSET,
    file_format: BankStatementImportImportBankStatementFileFormat,
) -> Response[ResponseWrapperBankStatement]:
    """Upload bank statement file.

    Args:
        bank_id (int):
        account_id (int):
        from_date (str):
        to_date (str):
        external_id (str | Unset):
        file_format (BankStatementImportImportBankStatementFileFormat):
        body (BankStatementImportImportBankStatementBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperBankStatement]
    """

    kwargs = _get_kwargs(
        body=body,
        bank_id=bank_id,
        account_id=account_id,
        from_date=from_date,
        to_date=to_date,
        external_id=external_id,
        file_format=file_format,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BankStatementImportImportBankStatementBody | Unset = UNSET,
    bank_id: int,
    account_id: int,
    from_date: str,
    to_date: str,
    external_id: str | Unset = UNSET,
    file_format: BankStatementImportImportBankStatementFileFormat,
) -> ResponseWrapperBankStatement | None:
    """Upload bank statement file.

    Args:
        bank_id (int):
        account_id (int):
        from_date (str):
        to_date (str):
        external_id (str | Unset):
        file_format (BankStatementImportImportBankStatementFileFormat):
        body (BankStatementImportImportBankStatementBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperBankStatement
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            bank_id=bank_id,
            account_id=account_id,
            from_date=from_date,
            to_date=to_date,
            external_id=external_id,
            file_format=file_format,
        )
    ).parsed
