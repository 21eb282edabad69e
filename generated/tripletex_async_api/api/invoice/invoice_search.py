"""`GET /invoice` (Invoice_search): `tx.invoice.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_invoice import ListResponseInvoice
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    invoice_date_from: str,
    invoice_date_to: str,
    invoice_number: str | Unset = UNSET,
    kid: str | Unset = UNSET,
    voucher_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /invoice`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["invoiceDateFrom"] = invoice_date_from

    params["invoiceDateTo"] = invoice_date_to

    params["invoiceNumber"] = invoice_number

    params["kid"] = kid

    params["voucherId"] = voucher_id

    params["customerId"] = customer_id

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/invoice",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseInvoice | None:
    """The answer as `ListResponseInvoice`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseInvoice.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Invoice_search",
    group="invoice",
    name="search",
    method="GET",
    path="/invoice",
    summary="Find invoices corresponding with sent data. Includes charged outgoing invoices only.",
    parameters=(
        Param("id", "id", "query", False),
        Param("invoiceDateFrom", "invoice_date_from", "query", True),
        Param("invoiceDateTo", "invoice_date_to", "query", True),
        Param("invoiceNumber", "invoice_number", "query", False),
        Param("kid", "kid", "query", False),
        Param("voucherId", "voucher_id", "query", False),
        Param("customerId", "customer_id", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseInvoice"),),
    deprecated=False,
    build=build,
    parse=parse,
)
