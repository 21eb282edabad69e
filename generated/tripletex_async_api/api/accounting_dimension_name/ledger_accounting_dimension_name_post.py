"""`POST /ledger/accountingDimensionName` (LedgerAccountingDimensionName_post): `tx.accounting_dimension_name.post(...)`."""

from typing import Any

import httpx

from ...models.accounting_dimension_name import AccountingDimensionName
from ...models.response_wrapper_accounting_dimension_name import ResponseWrapperAccountingDimensionName
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: AccountingDimensionName,
) -> RequestArgs:
    """The request of `POST /ledger/accountingDimensionName`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/ledger/accountingDimensionName",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperAccountingDimensionName | None:
    """The answer as `ResponseWrapperAccountingDimensionName`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperAccountingDimensionName.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="LedgerAccountingDimensionName_post",
    group="accounting_dimension_name",
    name="post",
    method="POST",
    path="/ledger/accountingDimensionName",
    summary="Create a new free (aka 'user defined') accounting dimension",
    parameters=(),
    paginated=False,
    body_type="AccountingDimensionName",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperAccountingDimensionName"),),
    deprecated=False,
    build=build,
    parse=parse,
)
