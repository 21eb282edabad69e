"""`PUT /ledger/voucher/list` (LedgerVoucherList_putList): `tx.ledger_voucher.put_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_voucher import ListResponseVoucher
from ...models.voucher import Voucher
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: list[Voucher],
    send_to_ledger: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /ledger/voucher/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["sendToLedger"] = send_to_ledger

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/ledger/voucher/list",
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


def parse(response: httpx.Response) -> ListResponseVoucher | None:
    """The answer as `ListResponseVoucher`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseVoucher.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerVoucherList_putList",
    group="ledger_voucher",
    name="put_list",
    method="PUT",
    path="/ledger/voucher/list",
    summary="Update multiple vouchers. Postings with guiRow==0 will be deleted and regenerated.",
    parameters=(Param("sendToLedger", "send_to_ledger", "query", False, True),),
    paginated=False,
    body_type="list[Voucher]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ListResponseVoucher"),),
    deprecated=False,
    build=build,
    parse=parse,
)
