"""`POST /token/session/:create` (TokenSessionCreate_createWithBody): `tx.token_session.create_with_body(...)`."""

from typing import Any

import httpx

from ...models.post_session_token_body import PostSessionTokenBody
from ...models.response_wrapper_session_token import ResponseWrapperSessionToken
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: PostSessionTokenBody,
) -> RequestArgs:
    """The request of `POST /token/session/:create`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/token/session/:create",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperSessionToken | None:
    """The answer as `ResponseWrapperSessionToken`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperSessionToken.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="TokenSessionCreate_createWithBody",
    group="token_session",
    name="create_with_body",
    method="POST",
    path="/token/session/:create",
    summary="Create session token.",
    parameters=(),
    paginated=False,
    body_type="PostSessionTokenBody",
    body_content_type="application/json",
    responses=((201, "ResponseWrapperSessionToken"),),
    deprecated=False,
    build=build,
    parse=parse,
)
