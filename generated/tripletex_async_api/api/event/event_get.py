"""`GET /event` (Event_get): `tx.event.get(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_map_string_event_info_description import ResponseWrapperMapStringEventInfoDescription
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /event`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/event",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperMapStringEventInfoDescription | None:
    """The answer as `ResponseWrapperMapStringEventInfoDescription`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperMapStringEventInfoDescription.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Event_get",
    group="event",
    name="get",
    method="GET",
    path="/event",
    summary="[BETA] Get all (WebHook) event keys.",
    parameters=(Param("fields", "fields", "query", False, ""),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperMapStringEventInfoDescription"),),
    deprecated=False,
    build=build,
    parse=parse,
)
