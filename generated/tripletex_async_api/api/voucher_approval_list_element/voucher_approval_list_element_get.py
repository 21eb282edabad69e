"""`GET /voucherApprovalListElement/{id}` (VoucherApprovalListElement_get): `tx.voucher_approval_list_element.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_voucher_approval_list_element import ResponseWrapperVoucherApprovalListElement
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /voucherApprovalListElement/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/voucherApprovalListElement/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperVoucherApprovalListElement | None:
    """The answer as `ResponseWrapperVoucherApprovalListElement`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperVoucherApprovalListElement.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="VoucherApprovalListElement_get",
    group="voucher_approval_list_element",
    name="get",
    method="GET",
    path="/voucherApprovalListElement/{id}",
    summary="Get by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperVoucherApprovalListElement"),),
    deprecated=False,
    build=build,
    parse=parse,
)
