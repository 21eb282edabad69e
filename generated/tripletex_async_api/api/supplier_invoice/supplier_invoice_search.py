"""`GET /supplierInvoice` (SupplierInvoice_search): `tx.supplier_invoice.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_supplier_invoice import ListResponseSupplierInvoice
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    invoice_date_from: str,
    invoice_date_to: str,
    invoice_number: str | Unset = UNSET,
    kid: str | Unset = UNSET,
    voucher_id: str | Unset = UNSET,
    supplier_id: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /supplierInvoice`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["invoiceDateFrom"] = invoice_date_from

    params["invoiceDateTo"] = invoice_date_to

    params["invoiceNumber"] = invoice_number

    params["kid"] = kid

    params["voucherId"] = voucher_id

    params["supplierId"] = supplier_id

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/supplierInvoice",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseSupplierInvoice | None:
    """The answer as `ListResponseSupplierInvoice`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseSupplierInvoice.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="SupplierInvoice_search",
    group="supplier_invoice",
    name="search",
    method="GET",
    path="/supplierInvoice",
    summary="Find supplierInvoices corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("invoiceDateFrom", "invoice_date_from", "query", True),
        Param("invoiceDateTo", "invoice_date_to", "query", True),
        Param("invoiceNumber", "invoice_number", "query", False),
        Param("kid", "kid", "query", False),
        Param("voucherId", "voucher_id", "query", False),
        Param("supplierId", "supplier_id", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseSupplierInvoice"),),
    deprecated=False,
    build=build,
    parse=parse,
)
