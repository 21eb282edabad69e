"""`GET /salary/mandatoryDeduction/reconciliation/{reconciliationId}/overview` (SalaryMandatoryDeductionReconciliationOverview_getOverview): `tx.salary_mandatory_deduction_reconciliation.get_overview(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_mandatory_deduction_overview import ResponseWrapperMandatoryDeductionOverview
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    reconciliation_id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /salary/mandatoryDeduction/reconciliation/{reconciliationId}/overview`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/salary/mandatoryDeduction/reconciliation/{reconciliation_id}/overview".format(
            reconciliation_id=quote(str(reconciliation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperMandatoryDeductionOverview | None:
    """The answer as `ResponseWrapperMandatoryDeductionOverview`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperMandatoryDeductionOverview.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="SalaryMandatoryDeductionReconciliationOverview_getOverview",
    group="salary_mandatory_deduction_reconciliation",
    name="get_overview",
    method="GET",
    path="/salary/mandatoryDeduction/reconciliation/{reconciliationId}/overview",
    summary="Salary mandatory deduction reconciliation overview",
    parameters=(
        Param("reconciliationId", "reconciliation_id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperMandatoryDeductionOverview"),),
    deprecated=False,
    build=build,
    parse=parse,
)
