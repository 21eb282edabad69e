"""`GET /ledger/voucher/>voucherReception` (LedgerVoucherVoucherReception_voucherReception): `tx.ledger_voucher.voucher_reception(...)`."""

from typing import Any

import httpx

from ...models.list_response_voucher import ListResponseVoucher
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    search_text: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /ledger/voucher/>voucherReception`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["searchText"] = search_text

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/ledger/voucher/>voucherReception",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseVoucher | None:
    """The answer as `ListResponseVoucher`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseVoucher.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerVoucherVoucherReception_voucherReception",
    group="ledger_voucher",
    name="voucher_reception",
    method="GET",
    path="/ledger/voucher/>voucherReception",
    summary="Find vouchers in voucher reception.",
    parameters=(
        Param("dateFrom", "date_from", "query", False),
        Param("dateTo", "date_to", "query", False),
        Param("searchText", "search_text", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseVoucher"),),
    deprecated=False,
    build=build,
    parse=parse,
)
