"""`PUT /ledger/voucher/{id}/:sendToInbox` (LedgerVoucherSendToInbox_sendToInbox): `tx.ledger_voucher.send_to_inbox(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_voucher import ResponseWrapperVoucher
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    version: int | Unset = UNSET,
    comment: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /ledger/voucher/{id}/:sendToInbox`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["version"] = version

    params["comment"] = comment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/ledger/voucher/{id}/:sendToInbox".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperVoucher | None:
    """The answer as `ResponseWrapperVoucher`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperVoucher.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerVoucherSendToInbox_sendToInbox",
    group="ledger_voucher",
    name="send_to_inbox",
    method="PUT",
    path="/ledger/voucher/{id}/:sendToInbox",
    summary="Send voucher to inbox.",
    parameters=(
        Param("id", "id", "path", True),
        Param("version", "version", "query", False),
        Param("comment", "comment", "query", False),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperVoucher"),),
    deprecated=False,
    build=build,
    parse=parse,
)
