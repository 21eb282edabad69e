"""`POST /ledger/voucher/historical/historical` (LedgerVoucherHistoricalHistorical_postHistorical): `tx.ledger_voucher_historical.post_historical(...)`."""

from typing import Any

import httpx

from ...models.historical_voucher import HistoricalVoucher
from ...models.list_response_historical_voucher import ListResponseHistoricalVoucher
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: list[HistoricalVoucher],
    comment: str | Unset = UNSET,
    use_custom_number_series: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /ledger/voucher/historical/historical`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["comment"] = comment

    params["useCustomNumberSeries"] = use_custom_number_series

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/ledger/voucher/historical/historical",
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseHistoricalVoucher | None:
    """The answer as `ListResponseHistoricalVoucher`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponseHistoricalVoucher.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="LedgerVoucherHistoricalHistorical_postHistorical",
    group="ledger_voucher_historical",
    name="post_historical",
    method="POST",
    path="/ledger/voucher/historical/historical",
    summary='API endpoint for creating historical vouchers. These are vouchers created outside Tripletex, and should be from closed accounting years. The intended usage is to get access to historical transcations in Tripletex. Also creates postings. All amount fields in postings will be used. VAT postings must be included, these are not generated automatically like they are for normal vouchers in Tripletex. Requires the \\"All vouchers\\" and \\"Advanced Voucher\\" permissions.',
    parameters=(
        Param("comment", "comment", "query", False),
        Param("useCustomNumberSeries", "use_custom_number_series", "query", False),
    ),
    paginated=False,
    body_type="list[HistoricalVoucher]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseHistoricalVoucher"),),
    deprecated=False,
    build=build,
    parse=parse,
)
