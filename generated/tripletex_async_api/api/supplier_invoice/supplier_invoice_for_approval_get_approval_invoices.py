"""`GET /supplierInvoice/forApproval` (SupplierInvoiceForApproval_getApprovalInvoices): `tx.supplier_invoice.get_approval_invoices(...)`."""

from typing import Any

import httpx

from ...models.list_response_supplier_invoice import ListResponseSupplierInvoice
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    search_text: str | Unset = UNSET,
    show_all: bool | Unset = UNSET,
    employee_id: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /supplierInvoice/forApproval`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["searchText"] = search_text

    params["showAll"] = show_all

    params["employeeId"] = employee_id

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/supplierInvoice/forApproval",
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
    id="SupplierInvoiceForApproval_getApprovalInvoices",
    group="supplier_invoice",
    name="get_approval_invoices",
    method="GET",
    path="/supplierInvoice/forApproval",
    summary="Get supplierInvoices for approval",
    parameters=(
        Param("searchText", "search_text", "query", False),
        Param("showAll", "show_all", "query", False, False),
        Param("employeeId", "employee_id", "query", False),
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
