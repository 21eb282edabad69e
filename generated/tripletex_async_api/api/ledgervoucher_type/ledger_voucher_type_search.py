"""`GET /ledger/voucherType` (LedgerVoucherType_search): `tx.ledger_voucher_type.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_voucher_type import ListResponseVoucherType
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    name: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /ledger/voucherType`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["name"] = name

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/ledger/voucherType",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseVoucherType | None:
    """The answer as `ListResponseVoucherType`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseVoucherType.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerVoucherType_search",
    group="ledger_voucher_type",
    name="search",
    method="GET",
    path="/ledger/voucherType",
    summary="Find voucher types corresponding with sent data.",
    parameters=(
        Param("name", "name", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseVoucherType"),),
    deprecated=False,
    build=build,
    parse=parse,
)
