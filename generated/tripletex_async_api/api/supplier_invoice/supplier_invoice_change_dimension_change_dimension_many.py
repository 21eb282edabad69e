"""`PUT /supplierInvoice/{invoiceId}/:changeDimension` (SupplierInvoiceChangeDimension_changeDimensionMany): `tx.supplier_invoice.change_dimension_many(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_supplier_invoice import ResponseWrapperSupplierInvoice
from ...models.supplier_invoice_change_dimension_change_dimension_many_dimension import (
    SupplierInvoiceChangeDimensionChangeDimensionManyDimension,
)
from ...types import UNSET, Operation, Param, RequestArgs


def build(
    invoice_id: int,
    *,
    debit_posting_ids: str,
    dimension: SupplierInvoiceChangeDimensionChangeDimensionManyDimension,
    dimension_id: int,
) -> RequestArgs:
    """The request of `PUT /supplierInvoice/{invoiceId}/:changeDimension`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["debitPostingIds"] = debit_posting_ids

    json_dimension = dimension.value
    params["dimension"] = json_dimension

    params["dimensionId"] = dimension_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/supplierInvoice/{invoice_id}/:changeDimension".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperSupplierInvoice | None:
    """The answer as `ResponseWrapperSupplierInvoice`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperSupplierInvoice.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="SupplierInvoiceChangeDimension_changeDimensionMany",
    group="supplier_invoice",
    name="change_dimension_many",
    method="PUT",
    path="/supplierInvoice/{invoiceId}/:changeDimension",
    summary="Change dimension on a supplier invoice.",
    parameters=(
        Param("invoiceId", "invoice_id", "path", True),
        Param("debitPostingIds", "debit_posting_ids", "query", True),
        Param("dimension", "dimension", "query", True),
        Param("dimensionId", "dimension_id", "query", True),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperSupplierInvoice"),),
    deprecated=False,
    build=build,
    parse=parse,
)
