"""`GET /invoice/paymentType` (InvoicePaymentType_search): `tx.invoice_payment_type.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_payment_type import ListResponsePaymentType
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    description: str | Unset = UNSET,
    query: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /invoice/paymentType`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["description"] = description

    params["query"] = query

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/invoice/paymentType",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponsePaymentType | None:
    """The answer as `ListResponsePaymentType`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponsePaymentType.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="InvoicePaymentType_search",
    group="invoice_payment_type",
    name="search",
    method="GET",
    path="/invoice/paymentType",
    summary="Find payment type corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("description", "description", "query", False),
        Param("query", "query", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponsePaymentType"),),
    deprecated=False,
    build=build,
    parse=parse,
)
