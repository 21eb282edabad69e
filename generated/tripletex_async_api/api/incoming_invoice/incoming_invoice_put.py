"""`PUT /incomingInvoice/{voucherId}` (IncomingInvoice_put): `tx.incoming_invoice.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.incoming_invoice_aggregate_external_write import IncomingInvoiceAggregateExternalWrite
from ...models.response_wrapper_incoming_invoice_save_result import ResponseWrapperIncomingInvoiceSaveResult
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    voucher_id: int,
    *,
    body: IncomingInvoiceAggregateExternalWrite,
    send_to: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /incomingInvoice/{voucherId}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["sendTo"] = send_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/incomingInvoice/{voucher_id}".format(
            voucher_id=quote(str(voucher_id), safe=""),
        ),
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperIncomingInvoiceSaveResult | None:
    """The answer as `ResponseWrapperIncomingInvoiceSaveResult`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperIncomingInvoiceSaveResult.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="IncomingInvoice_put",
    group="incoming_invoice",
    name="put",
    method="PUT",
    path="/incomingInvoice/{voucherId}",
    summary="[BETA] update an invoice by voucherId",
    parameters=(
        Param("voucherId", "voucher_id", "path", True),
        Param("sendTo", "send_to", "query", False),
    ),
    paginated=False,
    body_type="IncomingInvoiceAggregateExternalWrite",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperIncomingInvoiceSaveResult"),),
    deprecated=False,
    build=build,
    parse=parse,
)
