"""`GET /token/consumer/byToken` (TokenConsumerByToken_getByToken): `tx.token_consumer.get_by_token(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_consumer_token import ResponseWrapperConsumerToken
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    token: str,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /token/consumer/byToken`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["token"] = token

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/token/consumer/byToken",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperConsumerToken | None:
    """The answer as `ResponseWrapperConsumerToken`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperConsumerToken.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TokenConsumerByToken_getByToken",
    group="token_consumer",
    name="get_by_token",
    method="GET",
    path="/token/consumer/byToken",
    summary="Get consumer token by token string.",
    parameters=(
        Param("token", "token", "query", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperConsumerToken"),),
    deprecated=False,
    build=build,
    parse=parse,
)
