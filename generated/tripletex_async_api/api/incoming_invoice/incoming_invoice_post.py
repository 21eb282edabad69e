"""`POST /incomingInvoice` (IncomingInvoice_post): `tx.incoming_invoice.post(...)`."""

from typing import Any

import httpx

from ...models.incoming_invoice_aggregate_external_write import IncomingInvoiceAggregateExternalWrite
from ...models.response_wrapper_incoming_invoice_save_result import ResponseWrapperIncomingInvoiceSaveResult
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: IncomingInvoiceAggregateExternalWrite,
    send_to: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /incomingInvoice`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["sendTo"] = send_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/incomingInvoice",
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperIncomingInvoiceSaveResult | None:
    """The answer as `ResponseWrapperIncomingInvoiceSaveResult`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperIncomingInvoiceSaveResult.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="IncomingInvoice_post",
    group="incoming_invoice",
    name="post",
    method="POST",
    path="/incomingInvoice",
    summary="[BETA] create an invoice",
    parameters=(Param("sendTo", "send_to", "query", False),),
    paginated=False,
    body_type="IncomingInvoiceAggregateExternalWrite",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperIncomingInvoiceSaveResult"),),
    deprecated=False,
    build=build,
    parse=parse,
)
