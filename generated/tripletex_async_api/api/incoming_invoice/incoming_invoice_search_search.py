"""`GET /incomingInvoice/search` (IncomingInvoiceSearch_search): `tx.incoming_invoice.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_incoming_invoice_aggregate_external_read import (
    ListResponseIncomingInvoiceAggregateExternalRead,
)
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    voucher_id: int | Unset = UNSET,
    invoice_date_from: str | Unset = UNSET,
    invoice_date_to: str | Unset = UNSET,
    invoice_number: str | Unset = UNSET,
    vendor_id: int | Unset = UNSET,
    status: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /incomingInvoice/search`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["voucherId"] = voucher_id

    params["invoiceDateFrom"] = invoice_date_from

    params["invoiceDateTo"] = invoice_date_to

    params["invoiceNumber"] = invoice_number

    params["vendorId"] = vendor_id

    params["status"] = status

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/incomingInvoice/search",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseIncomingInvoiceAggregateExternalRead | None:
    """The answer as `ListResponseIncomingInvoiceAggregateExternalRead`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseIncomingInvoiceAggregateExternalRead.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="IncomingInvoiceSearch_search",
    group="incoming_invoice",
    name="search",
    method="GET",
    path="/incomingInvoice/search",
    summary="[BETA] Get a list of invoices",
    parameters=(
        Param("voucherId", "voucher_id", "query", False),
        Param("invoiceDateFrom", "invoice_date_from", "query", False),
        Param("invoiceDateTo", "invoice_date_to", "query", False),
        Param("invoiceNumber", "invoice_number", "query", False),
        Param("vendorId", "vendor_id", "query", False),
        Param("status", "status", "query", False, "ledger"),
        Param("from", "from_", "query", False, 0),
        Param("count", "count", "query", False, 1000),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseIncomingInvoiceAggregateExternalRead"),),
    deprecated=False,
    build=build,
    parse=parse,
)
