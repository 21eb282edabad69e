"""`PUT /token/session/:create` (TokenSessionCreate_create): `tx.token_session.create(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_session_token import ResponseWrapperSessionToken
from ...types import UNSET, Operation, Param, RequestArgs


def build(
    *,
    consumer_token: str,
    employee_token: str,
    expiration_date: str,
) -> RequestArgs:
    """The request of `PUT /token/session/:create`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["consumerToken"] = consumer_token

    params["employeeToken"] = employee_token

    params["expirationDate"] = expiration_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/token/session/:create",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperSessionToken | None:
    """The answer as `ResponseWrapperSessionToken`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperSessionToken.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TokenSessionCreate_create",
    group="token_session",
    name="create",
    method="PUT",
    path="/token/session/:create",
    summary="Create session token.",
    parameters=(
        Param("consumerToken", "consumer_token", "query", True),
        Param("employeeToken", "employee_token", "query", True),
        Param("expirationDate", "expiration_date", "query", True),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperSessionToken"),),
    deprecated=True,
    build=build,
    parse=parse,
)
