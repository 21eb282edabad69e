"""`GET /voucherStatus` (VoucherStatus_search): `tx.voucher_status.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_voucher_status import ListResponseVoucherStatus
from ...models.voucher_status_search_status import VoucherStatusSearchStatus
from ...models.voucher_status_search_type import VoucherStatusSearchType
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    ids: str | Unset = UNSET,
    voucher_ids: str | Unset = UNSET,
    status: VoucherStatusSearchStatus | Unset = UNSET,
    type_: VoucherStatusSearchType | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /voucherStatus`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["ids"] = ids

    params["voucherIds"] = voucher_ids

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/voucherStatus",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseVoucherStatus | None:
    """The answer as `ListResponseVoucherStatus`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseVoucherStatus.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="VoucherStatus_search",
    group="voucher_status",
    name="search",
    method="GET",
    path="/voucherStatus",
    summary="Find voucherStatus corresponding with sent data. The voucherStatus is used to coordinate integration processes. Requires setup done by Tripletex, currently supports debt collection.",
    parameters=(
        Param("ids", "ids", "query", False),
        Param("voucherIds", "voucher_ids", "query", False),
        Param("status", "status", "query", False),
        Param("type", "type_", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseVoucherStatus"),),
    deprecated=False,
    build=build,
    parse=parse,
)
