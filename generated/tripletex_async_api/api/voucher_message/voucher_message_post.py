"""`POST /voucherMessage` (VoucherMessage_post): `tx.voucher_message.post(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_voucher_message import ResponseWrapperVoucherMessage
from ...models.voucher_message import VoucherMessage
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: VoucherMessage,
) -> RequestArgs:
    """The request of `POST /voucherMessage`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/voucherMessage",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperVoucherMessage | None:
    """The answer as `ResponseWrapperVoucherMessage`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperVoucherMessage.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="VoucherMessage_post",
    group="voucher_message",
    name="post",
    method="POST",
    path="/voucherMessage",
    summary="[BETA] Post new voucherMessage.",
    parameters=(),
    paginated=False,
    body_type="VoucherMessage",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperVoucherMessage"),),
    deprecated=False,
    build=build,
    parse=parse,
)
