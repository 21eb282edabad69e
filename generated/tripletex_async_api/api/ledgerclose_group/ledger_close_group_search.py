"""`GET /ledger/closeGroup` (LedgerCloseGroup_search): `tx.ledger_close_group.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_close_group import ListResponseCloseGroup
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    date_from: str,
    date_to: str,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /ledger/closeGroup`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/ledger/closeGroup",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseCloseGroup | None:
    """The answer as `ListResponseCloseGroup`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseCloseGroup.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerCloseGroup_search",
    group="ledger_close_group",
    name="search",
    method="GET",
    path="/ledger/closeGroup",
    summary="Find close groups corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
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
    responses=((200, "ListResponseCloseGroup"),),
    deprecated=False,
    build=build,
    parse=parse,
)
