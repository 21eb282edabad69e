"""`GET /contact/{id}` (Contact_get): `tx.contact.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_contact import ResponseWrapperContact
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /contact/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/contact/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperContact | None:
    """The answer as `ResponseWrapperContact`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperContact.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Contact_get",
    group="contact",
    name="get",
    method="GET",
    path="/contact/{id}",
    summary="Get contact by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperContact"),),
    deprecated=False,
    build=build,
    parse=parse,
)
