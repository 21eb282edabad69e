"""`DELETE /token/session/{token}` (TokenSession_delete): `tx.token_session.delete(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...types import Operation, Param, RequestArgs


def build(
    token: str,
) -> RequestArgs:
    """The request of `DELETE /token/session/{token}`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/token/session/{token}".format(
            token=quote(str(token), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="TokenSession_delete",
    group="token_session",
    name="delete",
    method="DELETE",
    path="/token/session/{token}",
    summary="Delete session token.",
    parameters=(Param("token", "token", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
