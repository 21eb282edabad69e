"""`POST /contact/list` (ContactList_postList): `tx.contact.post_list(...)`."""

from typing import Any

import httpx

from ...models.contact import Contact
from ...models.list_response_contact import ListResponseContact
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[Contact],
) -> RequestArgs:
    """The request of `POST /contact/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/contact/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseContact | None:
    """The answer as `ListResponseContact`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponseContact.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="ContactList_postList",
    group="contact",
    name="post_list",
    method="POST",
    path="/contact/list",
    summary="Create multiple contacts.",
    parameters=(),
    paginated=False,
    body_type="list[Contact]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseContact"),),
    deprecated=False,
    build=build,
    parse=parse,
)
