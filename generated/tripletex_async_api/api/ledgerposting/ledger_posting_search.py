"""`GET /ledger/posting` (LedgerPosting_search): `tx.ledger_posting.search(...)`."""

from typing import Any

import httpx

from ...models.ledger_posting_search_type import LedgerPostingSearchType
from ...models.list_response_posting import ListResponsePosting
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    date_from: str,
    date_to: str,
    open_postings: str | Unset = UNSET,
    account_id: int | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    employee_id: int | Unset = UNSET,
    department_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    product_id: int | Unset = UNSET,
    account_number_from: int | Unset = UNSET,
    account_number_to: int | Unset = UNSET,
    type_: LedgerPostingSearchType | Unset = UNSET,
    accounting_dimension_value_1_id: int | Unset = UNSET,
    accounting_dimension_value_2_id: int | Unset = UNSET,
    accounting_dimension_value_3_id: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /ledger/posting`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["openPostings"] = open_postings

    params["accountId"] = account_id

    params["supplierId"] = supplier_id

    params["customerId"] = customer_id

    params["employeeId"] = employee_id

    params["departmentId"] = department_id

    params["projectId"] = project_id

    params["productId"] = product_id

    params["accountNumberFrom"] = account_number_from

    params["accountNumberTo"] = account_number_to

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

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
        "url": "/ledger/posting",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponsePosting | None:
    """The answer as `ListResponsePosting`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponsePosting.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerPosting_search",
    group="ledger_posting",
    name="search",
    method="GET",
    path="/ledger/posting",
    summary="Find postings corresponding with sent data.",
    parameters=(
        Param("dateFrom", "date_from", "query", True),
        Param("dateTo", "date_to", "query", True),
        Param("openPostings", "open_postings", "query", False),
        Param("accountId", "account_id", "query", False),
        Param("supplierId", "supplier_id", "query", False),
        Param("customerId", "customer_id", "query", False),
        Param("employeeId", "employee_id", "query", False),
        Param("departmentId", "department_id", "query", False),
        Param("projectId", "project_id", "query", False),
        Param("productId", "product_id", "query", False),
        Param("accountNumberFrom", "account_number_from", "query", False),
        Param("accountNumberTo", "account_number_to", "query", False),
        Param("type", "type_", "query", False),
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
    responses=((200, "ListResponsePosting"),),
    deprecated=False,
    build=build,
    parse=parse,
)
