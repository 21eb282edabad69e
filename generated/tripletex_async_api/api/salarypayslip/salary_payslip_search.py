"""`GET /salary/payslip` (SalaryPayslip_search): `tx.salary_payslip.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_payslip import ListResponsePayslip
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    employee_id: str | Unset = UNSET,
    wage_transaction_id: str | Unset = UNSET,
    activity_id: str | Unset = UNSET,
    year_from: int | Unset = UNSET,
    year_to: int | Unset = UNSET,
    month_from: int | Unset = UNSET,
    month_to: int | Unset = UNSET,
    voucher_date_from: str | Unset = UNSET,
    voucher_date_to: str | Unset = UNSET,
    comment: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /salary/payslip`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["employeeId"] = employee_id

    params["wageTransactionId"] = wage_transaction_id

    params["activityId"] = activity_id

    params["yearFrom"] = year_from

    params["yearTo"] = year_to

    params["monthFrom"] = month_from

    params["monthTo"] = month_to

    params["voucherDateFrom"] = voucher_date_from

    params["voucherDateTo"] = voucher_date_to

    params["comment"] = comment

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/salary/payslip",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponsePayslip | None:
    """The answer as `ListResponsePayslip`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponsePayslip.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="SalaryPayslip_search",
    group="salary_payslip",
    name="search",
    method="GET",
    path="/salary/payslip",
    summary="Find payslips corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("employeeId", "employee_id", "query", False),
        Param("wageTransactionId", "wage_transaction_id", "query", False),
        Param("activityId", "activity_id", "query", False),
        Param("yearFrom", "year_from", "query", False),
        Param("yearTo", "year_to", "query", False),
        Param("monthFrom", "month_from", "query", False),
        Param("monthTo", "month_to", "query", False),
        Param("voucherDateFrom", "voucher_date_from", "query", False),
        Param("voucherDateTo", "voucher_date_to", "query", False),
        Param("comment", "comment", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponsePayslip"),),
    deprecated=False,
    build=build,
    parse=parse,
)
