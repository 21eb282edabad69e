"""`GET /ledger/accountingDimensionValue/search` (LedgerAccountingDimensionValueSearch_searchAccountingDimensionValues): `tx.accounting_dimension_value.search_accounting_dimension_values(...)`."""

from typing import Any

import httpx

from ...models.list_response_accounting_dimension_value import ListResponseAccountingDimensionValue
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    dimension_index: int | Unset = UNSET,
    active_only: bool | Unset = UNSET,
    show_in_voucher_registration: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /ledger/accountingDimensionValue/search`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["dimensionIndex"] = dimension_index

    params["activeOnly"] = active_only

    params["showInVoucherRegistration"] = show_in_voucher_registration

    params["fields"] = fields

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/ledger/accountingDimensionValue/search",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseAccountingDimensionValue | None:
    """The answer as `ListResponseAccountingDimensionValue`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseAccountingDimensionValue.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerAccountingDimensionValueSearch_searchAccountingDimensionValues",
    group="accounting_dimension_value",
    name="search_accounting_dimension_values",
    method="GET",
    path="/ledger/accountingDimensionValue/search",
    summary="Search for accounting dimension values according to criteria.",
    parameters=(
        Param("dimensionIndex", "dimension_index", "query", False),
        Param("activeOnly", "active_only", "query", False),
        Param("showInVoucherRegistration", "show_in_voucher_registration", "query", False),
        Param("fields", "fields", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseAccountingDimensionValue"),),
    deprecated=False,
    build=build,
    parse=parse,
)
