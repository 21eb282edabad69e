"""`GET /salary/taxDeduction/reconciliation/{reconciliationId}/balanceAndOwedAmount` (SalaryTaxDeductionReconciliationBalanceAndOwedAmount_getTaxDeductionDetails): `tx.salary_reconciliation_tax_deduction.get_tax_deduction_details(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_salary_tax_deduction_reconciliation import (
    ResponseWrapperSalaryTaxDeductionReconciliation,
)
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    reconciliation_id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /salary/taxDeduction/reconciliation/{reconciliationId}/balanceAndOwedAmount`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/salary/taxDeduction/reconciliation/{reconciliation_id}/balanceAndOwedAmount".format(
            reconciliation_id=quote(str(reconciliation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperSalaryTaxDeductionReconciliation | None:
    """The answer as `ResponseWrapperSalaryTaxDeductionReconciliation`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperSalaryTaxDeductionReconciliation.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="SalaryTaxDeductionReconciliationBalanceAndOwedAmount_getTaxDeductionDetails",
    group="salary_reconciliation_tax_deduction",
    name="get_tax_deduction_details",
    method="GET",
    path="/salary/taxDeduction/reconciliation/{reconciliationId}/balanceAndOwedAmount",
    summary="Get tax deduction details for a reconciliation",
    parameters=(
        Param("reconciliationId", "reconciliation_id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperSalaryTaxDeductionReconciliation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
