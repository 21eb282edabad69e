"""`GET /ledger/accountingPeriod` (LedgerAccountingPeriod_search): `tx.ledger_accounting_period.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_accounting_period import ListResponseAccountingPeriod
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    number_from: int | Unset = UNSET,
    number_to: int | Unset = UNSET,
    start_from: str | Unset = UNSET,
    start_to: str | Unset = UNSET,
    end_from: str | Unset = UNSET,
    end_to: str | Unset = UNSET,
    count: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /ledger/accountingPeriod`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["numberFrom"] = number_from

    params["numberTo"] = number_to

    params["startFrom"] = start_from

    params["startTo"] = start_to

    params["endFrom"] = end_from

    params["endTo"] = end_to

    params["count"] = count

    params["from"] = from_

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/ledger/accountingPeriod",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseAccountingPeriod | None:
    """The answer as `ListResponseAccountingPeriod`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseAccountingPeriod.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerAccountingPeriod_search",
    group="ledger_accounting_period",
    name="search",
    method="GET",
    path="/ledger/accountingPeriod",
    summary="Find accounting periods corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("numberFrom", "number_from", "query", False),
        Param("numberTo", "number_to", "query", False),
        Param("startFrom", "start_from", "query", False),
        Param("startTo", "start_to", "query", False),
        Param("endFrom", "end_from", "query", False),
        Param("endTo", "end_to", "query", False),
        Param("count", "count", "query", False, 1400),
        Param("from", "from_", "query", False, "0"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseAccountingPeriod"),),
    deprecated=False,
    build=build,
    parse=parse,
)
