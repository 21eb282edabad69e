"""`GET /contact` (Contact_search): `tx.contact.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_contact import ListResponseContact
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    department_id: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /contact`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["firstName"] = first_name

    params["lastName"] = last_name

    params["email"] = email

    params["customerId"] = customer_id

    params["departmentId"] = department_id

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/contact",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseContact | None:
    """The answer as `ListResponseContact`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseContact.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Contact_search",
    group="contact",
    name="search",
    method="GET",
    path="/contact",
    summary="Find contacts corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("firstName", "first_name", "query", False),
        Param("lastName", "last_name", "query", False),
        Param("email", "email", "query", False),
        Param("customerId", "customer_id", "query", False),
        Param("departmentId", "department_id", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseContact"),),
    deprecated=False,
    build=build,
    parse=parse,
)
