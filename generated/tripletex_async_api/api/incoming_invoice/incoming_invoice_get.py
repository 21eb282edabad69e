"""`GET /incomingInvoice/{voucherId}` (IncomingInvoice_get): `tx.incoming_invoice.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_incoming_invoice_aggregate_external_read import (
    ResponseWrapperIncomingInvoiceAggregateExternalRead,
)
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    voucher_id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /incomingInvoice/{voucherId}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/incomingInvoice/{voucher_id}".format(
            voucher_id=quote(str(voucher_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperIncomingInvoiceAggregateExternalRead | None:
    """The answer as `ResponseWrapperIncomingInvoiceAggregateExternalRead`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperIncomingInvoiceAggregateExternalRead.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="IncomingInvoice_get",
    group="incoming_invoice",
    name="get",
    method="GET",
    path="/incomingInvoice/{voucherId}",
    summary="[BETA] Get an invoice by voucherId",
    parameters=(
        Param("voucherId", "voucher_id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperIncomingInvoiceAggregateExternalRead"),),
    deprecated=False,
    build=build,
    parse=parse,
)
