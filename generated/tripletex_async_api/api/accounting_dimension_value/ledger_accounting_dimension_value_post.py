"""`POST /ledger/accountingDimensionValue` (LedgerAccountingDimensionValue_post): `tx.accounting_dimension_value.post(...)`."""

from typing import Any

import httpx

from ...models.accounting_dimension_value import AccountingDimensionValue
from ...models.response_wrapper_accounting_dimension_value import ResponseWrapperAccountingDimensionValue
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: AccountingDimensionValue,
) -> RequestArgs:
    """The request of `POST /ledger/accountingDimensionValue`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/ledger/accountingDimensionValue",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperAccountingDimensionValue | None:
    """The answer as `ResponseWrapperAccountingDimensionValue`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperAccountingDimensionValue.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="LedgerAccountingDimensionValue_post",
    group="accounting_dimension_value",
    name="post",
    method="POST",
    path="/ledger/accountingDimensionValue",
    summary="Create a new value for one of the free (aka 'user defined') accounting dimensions",
    parameters=(),
    paginated=False,
    body_type="AccountingDimensionValue",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperAccountingDimensionValue"),),
    deprecated=False,
    build=build,
    parse=parse,
)
