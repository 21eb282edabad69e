"""`GET /activity/{id}` (Activity_get): `tx.activity.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_activity import ResponseWrapperActivity
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /activity/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/activity/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperActivity | None:
    """The answer as `ResponseWrapperActivity`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperActivity.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Activity_get",
    group="activity",
    name="get",
    method="GET",
    path="/activity/{id}",
    summary="Find activity by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperActivity"),),
    deprecated=False,
    build=build,
    parse=parse,
)
