"""`DELETE /ledger/voucher/{voucherId}/attachment` (LedgerVoucherAttachment_deleteAttachment): `tx.ledger_voucher.delete_attachment(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    voucher_id: int,
    *,
    version: int | Unset = UNSET,
    send_to_inbox: bool | Unset = UNSET,
    split: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `DELETE /ledger/voucher/{voucherId}/attachment`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["version"] = version

    params["sendToInbox"] = send_to_inbox

    params["split"] = split

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/ledger/voucher/{voucher_id}/attachment".format(
            voucher_id=quote(str(voucher_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="LedgerVoucherAttachment_deleteAttachment",
    group="ledger_voucher",
    name="delete_attachment",
    method="DELETE",
    path="/ledger/voucher/{voucherId}/attachment",
    summary="Delete attachment.",
    parameters=(
        Param("voucherId", "voucher_id", "path", True),
        Param("version", "version", "query", False),
        Param("sendToInbox", "send_to_inbox", "query", False, False),
        Param("split", "split", "query", False, False),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
