"""`GET /ledger/accountingDimensionName` (LedgerAccountingDimensionName_getAll): `tx.accounting_dimension_name.get_all(...)`."""

from typing import Any

import httpx

from ...models.list_response_accounting_dimension_name import ListResponseAccountingDimensionName
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    active_only: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /ledger/accountingDimensionName`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["activeOnly"] = active_only

    params["fields"] = fields

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/ledger/accountingDimensionName",
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
    id="LedgerAccountingDimensionName_getAll",
    group="accounting_dimension_name",
    name="get_all",
    method="GET",
    path="/ledger/accountingDimensionName",
    summary="Get all accounting dimension names.",
    parameters=(
        Param("activeOnly", "active_only", "query", False),
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
