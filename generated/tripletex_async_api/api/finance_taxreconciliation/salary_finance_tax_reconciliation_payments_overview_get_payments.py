"""`GET /salary/financeTax/reconciliation/{reconciliationId}/paymentsOverview` (SalaryFinanceTaxReconciliationPaymentsOverview_getPayments): `tx.finance_tax_reconciliation.get_payments(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_amelding_periodic_payment_overview import ResponseWrapperAmeldingPeriodicPaymentOverview
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    reconciliation_id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /salary/financeTax/reconciliation/{reconciliationId}/paymentsOverview`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/salary/financeTax/reconciliation/{reconciliation_id}/paymentsOverview".format(
            reconciliation_id=quote(str(reconciliation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperAmeldingPeriodicPaymentOverview | None:
    """The answer as `ResponseWrapperAmeldingPeriodicPaymentOverview`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperAmeldingPeriodicPaymentOverview.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="SalaryFinanceTaxReconciliationPaymentsOverview_getPayments",
    group="finance_tax_reconciliation",
    name="get_payments",
    method="GET",
    path="/salary/financeTax/reconciliation/{reconciliationId}/paymentsOverview",
    summary="Get finance tax payment overview from start of year to the current reconciliation term",
    parameters=(
        Param("reconciliationId", "reconciliation_id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperAmeldingPeriodicPaymentOverview"),),
    deprecated=False,
    build=build,
    parse=parse,
)
