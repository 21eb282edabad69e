"""`GET /voucherMessage` (VoucherMessage_search): `tx.voucher_message.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_voucher_message import ListResponseVoucherMessage
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    voucher_ids: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /voucherMessage`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["voucherIds"] = voucher_ids

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/voucherMessage",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseVoucherMessage | None:
    """The answer as `ListResponseVoucherMessage`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseVoucherMessage.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="VoucherMessage_search",
    group="voucher_message",
    name="search",
    method="GET",
    path="/voucherMessage",
    summary="[BETA] Find voucherMessage (or a comment) put on a voucher by inputting voucher ids",
    parameters=(
        Param("voucherIds", "voucher_ids", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseVoucherMessage"),),
    deprecated=False,
    build=build,
    parse=parse,
)
