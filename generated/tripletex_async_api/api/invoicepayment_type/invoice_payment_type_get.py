"""`GET /invoice/paymentType/{id}` (InvoicePaymentType_get): `tx.invoice_payment_type.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_payment_type import ResponseWrapperPaymentType
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /invoice/paymentType/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/invoice/paymentType/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperPaymentType | None:
    """The answer as `ResponseWrapperPaymentType`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperPaymentType.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="InvoicePaymentType_get",
    group="invoice_payment_type",
    name="get",
    method="GET",
    path="/invoice/paymentType/{id}",
    summary="Get payment type by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperPaymentType"),),
    deprecated=False,
    build=build,
    parse=parse,
)
