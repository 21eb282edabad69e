"""`GET /event/subscription/{id}` (EventSubscription_get): `tx.event_subscription.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_subscription import ResponseWrapperSubscription
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /event/subscription/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/event/subscription/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperSubscription | None:
    """The answer as `ResponseWrapperSubscription`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperSubscription.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="EventSubscription_get",
    group="event_subscription",
    name="get",
    method="GET",
    path="/event/subscription/{id}",
    summary="[BETA] Get subscription by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperSubscription"),),
    deprecated=False,
    build=build,
    parse=parse,
)
