"""`GET /event/{eventType}` (Event_example): `tx.event.example(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_event_info import ResponseWrapperEventInfo
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    event_type: str,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /event/{eventType}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/event/{event_type}".format(
            event_type=quote(str(event_type), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperEventInfo | None:
    """The answer as `ResponseWrapperEventInfo`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperEventInfo.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Event_example",
    group="event",
    name="example",
    method="GET",
    path="/event/{eventType}",
    summary="[BETA] Get example webhook payload",
    parameters=(
        Param("eventType", "event_type", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperEventInfo"),),
    deprecated=False,
    build=build,
    parse=parse,
)
