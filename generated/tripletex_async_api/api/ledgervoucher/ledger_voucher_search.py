"""`GET /ledger/voucher` (LedgerVoucher_search): `tx.ledger_voucher.search(...)`."""

from typing import Any

import httpx

from ...models.voucher_search_response import VoucherSearchResponse
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    number: str | Unset = UNSET,
    number_from: int | Unset = UNSET,
    number_to: int | Unset = UNSET,
    type_id: str | Unset = UNSET,
    date_from: str,
    date_to: str,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /ledger/voucher`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["number"] = number

    params["numberFrom"] = number_from

    params["numberTo"] = number_to

    params["typeId"] = type_id

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/ledger/voucher",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> VoucherSearchResponse | None:
    """The answer as `VoucherSearchResponse`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = VoucherSearchResponse.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerVoucher_search",
    group="ledger_voucher",
    name="search",
    method="GET",
    path="/ledger/voucher",
    summary="Find vouchers corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("number", "number", "query", False),
        Param("numberFrom", "number_from", "query", False),
        Param("numberTo", "number_to", "query", False),
        Param("typeId", "type_id", "query", False),
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
    responses=((200, "VoucherSearchResponse"),),
    deprecated=False,
    build=build,
    parse=parse,
)
