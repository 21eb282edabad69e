"""`GET /reminder` (Reminder_search): `tx.reminder.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_reminder import ListResponseReminder
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    date_from: str,
    date_to: str,
    term_of_payment_to: str | Unset = UNSET,
    term_of_payment_from: str | Unset = UNSET,
    invoice_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /reminder`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["termOfPaymentTo"] = term_of_payment_to

    params["termOfPaymentFrom"] = term_of_payment_from

    params["invoiceId"] = invoice_id

    params["customerId"] = customer_id

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/reminder",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseReminder | None:
    """The answer as `ListResponseReminder`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseReminder.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Reminder_search",
    group="reminder",
    name="search",
    method="GET",
    path="/reminder",
    summary="Find reminders corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("dateFrom", "date_from", "query", True),
        Param("dateTo", "date_to", "query", True),
        Param("termOfPaymentTo", "term_of_payment_to", "query", False),
        Param("termOfPaymentFrom", "term_of_payment_from", "query", False),
        Param("invoiceId", "invoice_id", "query", False),
        Param("customerId", "customer_id", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseReminder"),),
    deprecated=False,
    build=build,
    parse=parse,
)
