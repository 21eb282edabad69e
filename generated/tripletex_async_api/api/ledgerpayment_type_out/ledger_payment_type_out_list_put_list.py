"""`PUT /ledger/paymentTypeOut/list` (LedgerPaymentTypeOutList_putList): `tx.ledger_payment_type_out.put_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_payment_type_out import ListResponsePaymentTypeOut
from ...models.payment_type_out import PaymentTypeOut
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[PaymentTypeOut],
) -> RequestArgs:
    """The request of `PUT /ledger/paymentTypeOut/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/ledger/paymentTypeOut/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponsePaymentTypeOut | None:
    """The answer as `ListResponsePaymentTypeOut`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponsePaymentTypeOut.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerPaymentTypeOutList_putList",
    group="ledger_payment_type_out",
    name="put_list",
    method="PUT",
    path="/ledger/paymentTypeOut/list",
    summary="[BETA] Update multiple payment types for outgoing payments at once",
    parameters=(),
    paginated=False,
    body_type="list[PaymentTypeOut]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ListResponsePaymentTypeOut"),),
    deprecated=False,
    build=build,
    parse=parse,
)
