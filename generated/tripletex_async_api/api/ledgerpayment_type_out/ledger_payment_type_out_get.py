"""`GET /ledger/paymentTypeOut/{id}` (LedgerPaymentTypeOut_get): `tx.ledger_payment_type_out.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_payment_type_out import ResponseWrapperPaymentTypeOut
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /ledger/paymentTypeOut/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/ledger/paymentTypeOut/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperPaymentTypeOut | None:
    """The answer as `ResponseWrapperPaymentTypeOut`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperPaymentTypeOut.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerPaymentTypeOut_get",
    group="ledger_payment_type_out",
    name="get",
    method="GET",
    path="/ledger/paymentTypeOut/{id}",
    summary="[BETA] Get payment type for outgoing payments by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperPaymentTypeOut"),),
    deprecated=False,
    build=build,
    parse=parse,
)
