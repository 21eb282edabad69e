"""`POST /voucherStatus` (VoucherStatus_post): `tx.voucher_status.post(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_voucher_status import ResponseWrapperVoucherStatus
from ...models.voucher_status import VoucherStatus
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: VoucherStatus,
) -> RequestArgs:
    """The request of `POST /voucherStatus`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/voucherStatus",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperVoucherStatus | None:
    """The answer as `ResponseWrapperVoucherStatus`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperVoucherStatus.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="VoucherStatus_post",
    group="voucher_status",
    name="post",
    method="POST",
    path="/voucherStatus",
    summary="Post new voucherStatus.",
    parameters=(),
    paginated=False,
    body_type="VoucherStatus",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperVoucherStatus"),),
    deprecated=False,
    build=build,
    parse=parse,
)
