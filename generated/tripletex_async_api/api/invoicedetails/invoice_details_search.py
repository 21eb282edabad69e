"""`GET /invoice/details` (InvoiceDetails_search): `tx.invoice_details.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_project_invoice_details import ListResponseProjectInvoiceDetails
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    invoice_date_from: str,
    invoice_date_to: str,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /invoice/details`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["invoiceDateFrom"] = invoice_date_from

    params["invoiceDateTo"] = invoice_date_to

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/invoice/details",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseProjectInvoiceDetails | None:
    """The answer as `ListResponseProjectInvoiceDetails`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseProjectInvoiceDetails.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="InvoiceDetails_search",
    group="invoice_details",
    name="search",
    method="GET",
    path="/invoice/details",
    summary="Find ProjectInvoiceDetails corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("invoiceDateFrom", "invoice_date_from", "query", True),
        Param("invoiceDateTo", "invoice_date_to", "query", True),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseProjectInvoiceDetails"),),
    deprecated=False,
    build=build,
    parse=parse,
)
