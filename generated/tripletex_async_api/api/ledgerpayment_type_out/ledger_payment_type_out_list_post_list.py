"""`POST /ledger/paymentTypeOut/list` (LedgerPaymentTypeOutList_postList): `tx.ledger_payment_type_out.post_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_payment_type_out import ListResponsePaymentTypeOut
from ...models.payment_type_out import PaymentTypeOut
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[PaymentTypeOut],
) -> RequestArgs:
    """The request of `POST /ledger/paymentTypeOut/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
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
    if response.status_code == 201:
        response_201 = ListResponsePaymentTypeOut.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="LedgerPaymentTypeOutList_postList",
    group="ledger_payment_type_out",
    name="post_list",
    method="POST",
    path="/ledger/paymentTypeOut/list",
    summary="[BETA] Create multiple payment types for outgoing payments at once",
    parameters=(),
    paginated=False,
    body_type="list[PaymentTypeOut]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponsePaymentTypeOut"),),
    deprecated=False,
    build=build,
    parse=parse,
)
