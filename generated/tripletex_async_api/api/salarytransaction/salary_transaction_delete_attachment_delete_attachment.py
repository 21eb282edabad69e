"""`PUT /salary/transaction/{id}/deleteAttachment` (SalaryTransactionDeleteAttachment_deleteAttachment): `tx.salary_transaction.delete_attachment(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    send_to_voucher_inbox: bool | Unset = UNSET,
    split: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /salary/transaction/{id}/deleteAttachment`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["sendToVoucherInbox"] = send_to_voucher_inbox

    params["split"] = split

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/salary/transaction/{id}/deleteAttachment".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 200:
        return None

    return None


OPERATION = Operation(
    id="SalaryTransactionDeleteAttachment_deleteAttachment",
    group="salary_transaction",
    name="delete_attachment",
    method="PUT",
    path="/salary/transaction/{id}/deleteAttachment",
    summary="Delete attachment.",
    parameters=(
        Param("id", "id", "path", True),
        Param("sendToVoucherInbox", "send_to_voucher_inbox", "query", False, False),
        Param("split", "split", "query", False, False),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
