"""`POST /invoice/list` (InvoiceList_postList): `tx.invoice.post_list(...)`."""

from typing import Any

import httpx

from ...models.invoice import Invoice
from ...models.list_response_invoice import ListResponseInvoice
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: list[Invoice],
    send_to_customer: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /invoice/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["sendToCustomer"] = send_to_customer

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/invoice/list",
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


def parse(response: httpx.Response) -> ListResponseInvoice | None:
    """The answer as `ListResponseInvoice`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponseInvoice.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="InvoiceList_postList",
    group="invoice",
    name="post_list",
    method="POST",
    path="/invoice/list",
    summary="[BETA] Create multiple invoices. Max 100 at a time.",
    parameters=(
        Param("sendToCustomer", "send_to_customer", "query", False, True),
        Param("fields", "fields", "query", False, "*"),
    ),
    paginated=False,
    body_type="list[Invoice]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseInvoice"),),
    deprecated=False,
    build=build,
    parse=parse,
)
