"""`POST /contact` (Contact_post): `tx.contact.post(...)`."""

from typing import Any

import httpx

from ...models.contact import Contact
from ...models.response_wrapper_contact import ResponseWrapperContact
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: Contact,
) -> RequestArgs:
    """The request of `POST /contact`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/contact",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperContact | None:
    """The answer as `ResponseWrapperContact`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperContact.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="Contact_post",
    group="contact",
    name="post",
    method="POST",
    path="/contact",
    summary="Create contact.",
    parameters=(),
    paginated=False,
    body_type="Contact",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperContact"),),
    deprecated=False,
    build=build,
    parse=parse,
)
