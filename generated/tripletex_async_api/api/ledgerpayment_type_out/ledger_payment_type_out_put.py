"""`PUT /ledger/paymentTypeOut/{id}` (LedgerPaymentTypeOut_put): `tx.ledger_payment_type_out.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.payment_type_out import PaymentTypeOut
from ...models.response_wrapper_payment_type_out import ResponseWrapperPaymentTypeOut
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: PaymentTypeOut,
) -> RequestArgs:
    """The request of `PUT /ledger/paymentTypeOut/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/ledger/paymentTypeOut/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperPaymentTypeOut | None:
    """The answer as `ResponseWrapperPaymentTypeOut`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperPaymentTypeOut.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerPaymentTypeOut_put",
    group="ledger_payment_type_out",
    name="put",
    method="PUT",
    path="/ledger/paymentTypeOut/{id}",
    summary="[BETA] Update existing payment type for outgoing payments",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="PaymentTypeOut",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperPaymentTypeOut"),),
    deprecated=False,
    build=build,
    parse=parse,
)
