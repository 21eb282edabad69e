"""`GET /ledger/accountingDimensionName/search` (LedgerAccountingDimensionNameSearch_search): `tx.accounting_dimension_name.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_accounting_dimension_name import ListResponseAccountingDimensionName
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    dimension_index: int | Unset = UNSET,
    active_only: bool | Unset = UNSET,
    only_dimensions_with_active_values: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /ledger/accountingDimensionName/search`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["dimensionIndex"] = dimension_index

    params["activeOnly"] = active_only

    params["onlyDimensionsWithActiveValues"] = only_dimensions_with_active_values

    params["fields"] = fields

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/ledger/accountingDimensionName/search",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseAccountingDimensionName | None:
    """The answer as `ListResponseAccountingDimensionName`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseAccountingDimensionName.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerAccountingDimensionNameSearch_search",
    group="accounting_dimension_name",
    name="search",
    method="GET",
    path="/ledger/accountingDimensionName/search",
    summary="Search for accounting dimension names according to criteria.",
    parameters=(
        Param("dimensionIndex", "dimension_index", "query", False),
        Param("activeOnly", "active_only", "query", False),
        Param("onlyDimensionsWithActiveValues", "only_dimensions_with_active_values", "query", False),
        Param("fields", "fields", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseAccountingDimensionName"),),
    deprecated=False,
    build=build,
    parse=parse,
)
