"""`POST /bank/statement/import` (BankStatementImport_importBankStatement): `tx.bank_statement.import_bank_statement(...)`."""

from typing import Any

import httpx

from ...models.bank_statement_import_import_bank_statement_body import BankStatementImportImportBankStatementBody
from ...models.bank_statement_import_import_bank_statement_file_format import (
    BankStatementImportImportBankStatementFileFormat,
)
from ...models.response_wrapper_bank_statement import ResponseWrapperBankStatement
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: BankStatementImportImportBankStatementBody | Unset = UNSET,
    bank_id: int,
    account_id: int,
    from_date: str,
    to_date: str,
    external_id: str | Unset = UNSET,
    file_format: BankStatementImportImportBankStatementFileFormat,
) -> RequestArgs:
    """The request of `POST /bank/statement/import`; only the arguments passed are sent."""
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

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/bank/statement/import",
        "params": params,
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperBankStatement | None:
    """The answer as `ResponseWrapperBankStatement`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperBankStatement.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="BankStatementImport_importBankStatement",
    group="bank_statement",
    name="import_bank_statement",
    method="POST",
    path="/bank/statement/import",
    summary="Upload bank statement file.",
    parameters=(
        Param("bankId", "bank_id", "query", True),
        Param("accountId", "account_id", "query", True),
        Param("fromDate", "from_date", "query", True),
        Param("toDate", "to_date", "query", True),
        Param("externalId", "external_id", "query", False),
        Param("fileFormat", "file_format", "query", True),
    ),
    paginated=False,
    body_type="object",
    body_content_type="multipart/form-data",
    responses=((201, "ResponseWrapperBankStatement"),),
    deprecated=False,
    build=build,
    parse=parse,
)
