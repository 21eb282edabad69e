"""`POST /ledger/paymentTypeOut` (LedgerPaymentTypeOut_post): `tx.ledger_payment_type_out.post(...)`."""

from typing import Any

import httpx

from ...models.payment_type_out import PaymentTypeOut
from ...models.response_wrapper_payment_type_out import ResponseWrapperPaymentTypeOut
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: PaymentTypeOut,
) -> RequestArgs:
    """The request of `POST /ledger/paymentTypeOut`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/ledger/paymentTypeOut",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperPaymentTypeOut | None:
    """The answer as `ResponseWrapperPaymentTypeOut`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperPaymentTypeOut.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="LedgerPaymentTypeOut_post",
    group="ledger_payment_type_out",
    name="post",
    method="POST",
    path="/ledger/paymentTypeOut",
    summary="[BETA] Create new payment type for outgoing payments",
    parameters=(),
    paginated=False,
    body_type="PaymentTypeOut",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperPaymentTypeOut"),),
    deprecated=False,
    build=build,
    parse=parse,
)
