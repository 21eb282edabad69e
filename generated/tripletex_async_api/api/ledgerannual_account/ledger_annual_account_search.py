"""`GET /ledger/annualAccount` (LedgerAnnualAccount_search): `tx.ledger_annual_account.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_annual_account import ListResponseAnnualAccount
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    year_from: int | Unset = UNSET,
    year_to: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /ledger/annualAccount`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["yearFrom"] = year_from

    params["yearTo"] = year_to

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/ledger/annualAccount",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseAnnualAccount | None:
    """The answer as `ListResponseAnnualAccount`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseAnnualAccount.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerAnnualAccount_search",
    group="ledger_annual_account",
    name="search",
    method="GET",
    path="/ledger/annualAccount",
    summary="Find annual accounts corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("yearFrom", "year_from", "query", False),
        Param("yearTo", "year_to", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseAnnualAccount"),),
    deprecated=False,
    build=build,
    parse=parse,
)
