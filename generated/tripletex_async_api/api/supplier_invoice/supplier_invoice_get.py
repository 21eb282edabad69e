"""`GET /supplierInvoice/{id}` (SupplierInvoice_get): `tx.supplier_invoice.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_supplier_invoice import ResponseWrapperSupplierInvoice
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /supplierInvoice/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/supplierInvoice/{id}".format(
            id=quote(str(id), safe=""),
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
    id="SupplierInvoice_get",
    group="supplier_invoice",
    name="get",
    method="GET",
    path="/supplierInvoice/{id}",
    summary="Get supplierInvoice by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperSupplierInvoice"),),
    deprecated=False,
    build=build,
    parse=parse,
)
