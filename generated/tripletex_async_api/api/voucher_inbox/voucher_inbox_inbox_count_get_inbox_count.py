"""`GET /voucherInbox/inboxCount` (VoucherInboxInboxCount_getInboxCount): `tx.voucher_inbox.get_inbox_count(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_integer import ResponseWrapperInteger
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /voucherInbox/inboxCount`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/voucherInbox/inboxCount",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperInteger | None:
    """The answer as `ResponseWrapperInteger`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperInteger.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="VoucherInboxInboxCount_getInboxCount",
    group="voucher_inbox",
    name="get_inbox_count",
    method="GET",
    path="/voucherInbox/inboxCount",
    summary="Get count of items in the Voucher Inbox",
    parameters=(Param("fields", "fields", "query", False, ""),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperInteger"),),
    deprecated=False,
    build=build,
    parse=parse,
)
