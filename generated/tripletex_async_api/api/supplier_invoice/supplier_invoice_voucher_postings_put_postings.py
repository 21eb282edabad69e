"""`PUT /supplierInvoice/voucher/{id}/postings` (SupplierInvoiceVoucherPostings_putPostings): `tx.supplier_invoice.put_postings(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.order_line_posting import OrderLinePosting
from ...models.response_wrapper_supplier_invoice import ResponseWrapperSupplierInvoice
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    id: int,
    *,
    body: list[OrderLinePosting],
    send_to_ledger: bool | Unset = UNSET,
    voucher_date: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /supplierInvoice/voucher/{id}/postings`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["sendToLedger"] = send_to_ledger

    params["voucherDate"] = voucher_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/supplierInvoice/voucher/{id}/postings".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperSupplierInvoice | None:
    """The answer as `ResponseWrapperSupplierInvoice`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperSupplierInvoice.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="SupplierInvoiceVoucherPostings_putPostings",
    group="supplier_invoice",
    name="put_postings",
    method="PUT",
    path="/supplierInvoice/voucher/{id}/postings",
    summary="[BETA] Put debit postings.",
    parameters=(
        Param("id", "id", "path", True),
        Param("sendToLedger", "send_to_ledger", "query", False, False),
        Param("voucherDate", "voucher_date", "query", False),
    ),
    paginated=False,
    body_type="list[OrderLinePosting]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperSupplierInvoice"),),
    deprecated=False,
    build=build,
    parse=parse,
)
