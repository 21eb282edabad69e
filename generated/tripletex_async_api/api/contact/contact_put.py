"""`PUT /contact/{id}` (Contact_put): `tx.contact.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.contact import Contact
from ...models.response_wrapper_contact import ResponseWrapperContact
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: Contact,
) -> RequestArgs:
    """The request of `PUT /contact/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/contact/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperContact | None:
    """The answer as `ResponseWrapperContact`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperContact.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Contact_put",
    group="contact",
    name="put",
    method="PUT",
    path="/contact/{id}",
    summary="Update contact.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="Contact",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperContact"),),
    deprecated=False,
    build=build,
    parse=parse,
)
