"""`GET /ledger/postingByDate` (LedgerPostingByDate_get): `tx.ledger_posting_by_date.get(...)`."""

from typing import Any

import httpx

from ...models.list_response_posting import ListResponsePosting
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    date_from: str,
    date_to: str,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /ledger/postingByDate`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/ledger/postingByDate",
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
    id="LedgerPostingByDate_get",
    group="ledger_posting_by_date",
    name="get",
    method="GET",
    path="/ledger/postingByDate",
    summary="Get postings by date range with pagination. Returns the same PostingDTO as /ledger/posting. Simplified endpoint for better performance. Fields and Changes are not supported. Token must have access to all vouchers in the company, otherwise a validation error is returned. If access control for salary information is activated, the token must have access to salary information as well.",
    parameters=(
        Param("dateFrom", "date_from", "query", True),
        Param("dateTo", "date_to", "query", True),
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
