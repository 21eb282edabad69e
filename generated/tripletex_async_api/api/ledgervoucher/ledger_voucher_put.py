"""`PUT /ledger/voucher/{id}` (LedgerVoucher_put): `tx.ledger_voucher.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_voucher import ResponseWrapperVoucher
from ...models.voucher import Voucher
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    id: int,
    *,
    body: Voucher,
    send_to_ledger: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /ledger/voucher/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["sendToLedger"] = send_to_ledger

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/ledger/voucher/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperVoucher | None:
    """The answer as `ResponseWrapperVoucher`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperVoucher.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerVoucher_put",
    group="ledger_voucher",
    name="put",
    method="PUT",
    path="/ledger/voucher/{id}",
    summary="Update voucher. Postings with guiRow==0 will be deleted and regenerated.",
    parameters=(
        Param("id", "id", "path", True),
        Param("sendToLedger", "send_to_ledger", "query", False, True),
    ),
    paginated=False,
    body_type="Voucher",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperVoucher"),),
    deprecated=False,
    build=build,
    parse=parse,
)
