"""`GET /project/participant/{id}` (ProjectParticipant_get): `tx.project_participant.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_project_participant import ResponseWrapperProjectParticipant
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project/participant/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project/participant/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectParticipant | None:
    """The answer as `ResponseWrapperProjectParticipant`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProjectParticipant.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectParticipant_get",
    group="project_participant",
    name="get",
    method="GET",
    path="/project/participant/{id}",
    summary="[BETA] Find project participant by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperProjectParticipant"),),
    deprecated=False,
    build=build,
    parse=parse,
)
