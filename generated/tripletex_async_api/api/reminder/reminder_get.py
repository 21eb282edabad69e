"""`GET /reminder/{id}` (Reminder_get): `tx.reminder.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_reminder import ResponseWrapperReminder
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /reminder/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/reminder/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperReminder | None:
    """The answer as `ResponseWrapperReminder`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperReminder.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Reminder_get",
    group="reminder",
    name="get",
    method="GET",
    path="/reminder/{id}",
    summary="Get reminder by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperReminder"),),
    deprecated=False,
    build=build,
    parse=parse,
)
