"""`GET /token/session/>whoAmI` (TokenSessionWhoAmI_whoAmI): `tx.token_session.who_am_i(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_logged_in_user_info import ResponseWrapperLoggedInUserInfo
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /token/session/>whoAmI`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/token/session/>whoAmI",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperLoggedInUserInfo | None:
    """The answer as `ResponseWrapperLoggedInUserInfo`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperLoggedInUserInfo.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TokenSessionWhoAmI_whoAmI",
    group="token_session",
    name="who_am_i",
    method="GET",
    path="/token/session/>whoAmI",
    summary="Find information about the current user.",
    parameters=(Param("fields", "fields", "query", False, ""),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperLoggedInUserInfo"),),
    deprecated=False,
    build=build,
    parse=parse,
)
