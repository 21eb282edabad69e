"""`GET /invoiceRemark/{id}` (InvoiceRemark_get): `tx.invoice_remark.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_invoice_remark import ResponseWrapperInvoiceRemark
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /invoiceRemark/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/invoiceRemark/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperInvoiceRemark | None:
    """The answer as `ResponseWrapperInvoiceRemark`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperInvoiceRemark.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="InvoiceRemark_get",
    group="invoice_remark",
    name="get",
    method="GET",
    path="/invoiceRemark/{id}",
    summary="Get invoice remark by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperInvoiceRemark"),),
    deprecated=False,
    build=build,
    parse=parse,
)
