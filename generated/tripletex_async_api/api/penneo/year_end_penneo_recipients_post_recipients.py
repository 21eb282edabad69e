"""`POST /yearEnd/penneo/recipients` (YearEndPenneoRecipients_postRecipients): `tx.penneo.post_recipients(...)`."""

from typing import Any

import httpx

from ...models.add_recipient_request import AddRecipientRequest
from ...models.response_wrapper_string import ResponseWrapperString
from ...types import UNSET, Operation, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: AddRecipientRequest | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /yearEnd/penneo/recipients`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/yearEnd/penneo/recipients",
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperString | None:
    """The answer as `ResponseWrapperString`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperString.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="YearEndPenneoRecipients_postRecipients",
    group="penneo",
    name="post_recipients",
    method="POST",
    path="/yearEnd/penneo/recipients",
    summary="Add a copy recipient to a case file",
    parameters=(),
    paginated=False,
    body_type="AddRecipientRequest",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperString"),),
    deprecated=False,
    build=build,
    parse=parse,
)
