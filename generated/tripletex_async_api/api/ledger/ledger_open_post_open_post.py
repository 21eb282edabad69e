"""`GET /ledger/openPost` (LedgerOpenPost_openPost): `tx.ledger.open_post(...)`."""

from typing import Any

import httpx

from ...models.list_response_ledger_account import ListResponseLedgerAccount
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    date: str,
    account_id: int | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    employee_id: int | Unset = UNSET,
    department_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    product_id: int | Unset = UNSET,
    accounting_dimension_value_1_id: int | Unset = UNSET,
    accounting_dimension_value_2_id: int | Unset = UNSET,
    accounting_dimension_value_3_id: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /ledger/openPost`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["date"] = date

    params["accountId"] = account_id

    params["supplierId"] = supplier_id

    params["customerId"] = customer_id

    params["employeeId"] = employee_id

    params["departmentId"] = department_id

    params["projectId"] = project_id

    params["productId"] = product_id

    params["accountingDimensionValue1Id"] = accounting_dimension_value_1_id

    params["accountingDimensionValue2Id"] = accounting_dimension_value_2_id

    params["accountingDimensionValue3Id"] = accounting_dimension_value_3_id

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/ledger/openPost",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseLedgerAccount | None:
    """The answer as `ListResponseLedgerAccount`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseLedgerAccount.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerOpenPost_openPost",
    group="ledger",
    name="open_post",
    method="GET",
    path="/ledger/openPost",
    summary="Find open posts corresponding with sent data.",
    parameters=(
        Param("date", "date", "query", True),
        Param("accountId", "account_id", "query", False),
        Param("supplierId", "supplier_id", "query", False),
        Param("customerId", "customer_id", "query", False),
        Param("employeeId", "employee_id", "query", False),
        Param("departmentId", "department_id", "query", False),
        Param("projectId", "project_id", "query", False),
        Param("productId", "product_id", "query", False),
        Param("accountingDimensionValue1Id", "accounting_dimension_value_1_id", "query", False),
        Param("accountingDimensionValue2Id", "accounting_dimension_value_2_id", "query", False),
        Param("accountingDimensionValue3Id", "accounting_dimension_value_3_id", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseLedgerAccount"),),
    deprecated=False,
    build=build,
    parse=parse,
)
