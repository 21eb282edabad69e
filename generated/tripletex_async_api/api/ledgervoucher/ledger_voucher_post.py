"""`POST /ledger/voucher` (LedgerVoucher_post): `tx.ledger_voucher.post(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_voucher import ResponseWrapperVoucher
from ...models.voucher import Voucher
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: Voucher,
    send_to_ledger: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /ledger/voucher`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["sendToLedger"] = send_to_ledger

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/ledger/voucher",
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperVoucher | None:
    """The answer as `ResponseWrapperVoucher`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperVoucher.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="LedgerVoucher_post",
    group="ledger_voucher",
    name="post",
    method="POST",
    path="/ledger/voucher",
    summary="Add new voucher. IMPORTANT: Also creates postings. Only the gross amounts will be used. Amounts should be rounded to 2 decimals.",
    parameters=(Param("sendToLedger", "send_to_ledger", "query", False, True),),
    paginated=False,
    body_type="Voucher",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperVoucher"),),
    deprecated=False,
    build=build,
    parse=parse,
)
