"""`PUT /ledger/voucher/historical/:closePostings` (LedgerVoucherHistoricalClosePostings_closePostings): `tx.ledger_voucher_historical.close_postings(...)`."""

from typing import Any

import httpx

from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: str | Unset = UNSET,
    posting_ids: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /ledger/voucher/historical/:closePostings`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["postingIds"] = posting_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/ledger/voucher/historical/:closePostings",
        "params": params,
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 200:
        return None

    return None


OPERATION = Operation(
    id="LedgerVoucherHistoricalClosePostings_closePostings",
    group="ledger_voucher_historical",
    name="close_postings",
    method="PUT",
    path="/ledger/voucher/historical/:closePostings",
    summary="[BETA] Close postings.",
    parameters=(Param("postingIds", "posting_ids", "query", False),),
    paginated=False,
    body_type="string",
    body_content_type="application/json",
    responses=((200, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
