"""`POST /yearEnd/penneo/signature-lines` (YearEndPenneoSignature-lines_createAndLinkSignatureLine): `tx.penneo.create_and_link_signature_line(...)`."""

from typing import Any

import httpx

from ...models.create_and_link_signature_line_request import CreateAndLinkSignatureLineRequest
from ...models.response_wrapper_string import ResponseWrapperString
from ...types import UNSET, Operation, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: CreateAndLinkSignatureLineRequest | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /yearEnd/penneo/signature-lines`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/yearEnd/penneo/signature-lines",
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
    id="YearEndPenneoSignature-lines_createAndLinkSignatureLine",
    group="penneo",
    name="create_and_link_signature_line",
    method="POST",
    path="/yearEnd/penneo/signature-lines",
    summary="Create signature line, link signer, and configure email in one operation",
    parameters=(),
    paginated=False,
    body_type="CreateAndLinkSignatureLineRequest",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperString"),),
    deprecated=False,
    build=build,
    parse=parse,
)
