"""`GET /invoice/details/{id}` (InvoiceDetails_get): `tx.invoice_details.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_project_invoice_details import ResponseWrapperProjectInvoiceDetails
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /invoice/details/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/invoice/details/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectInvoiceDetails | None:
    """The answer as `ResponseWrapperProjectInvoiceDetails`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProjectInvoiceDetails.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="InvoiceDetails_get",
    group="invoice_details",
    name="get",
    method="GET",
    path="/invoice/details/{id}",
    summary="Get ProjectInvoiceDetails by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperProjectInvoiceDetails"),),
    deprecated=False,
    build=build,
    parse=parse,
)
