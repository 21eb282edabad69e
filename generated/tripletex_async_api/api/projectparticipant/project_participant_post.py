"""`POST /project/participant` (ProjectParticipant_post): `tx.project_participant.post(...)`."""

from typing import Any

import httpx

from ...models.project_participant import ProjectParticipant
from ...models.response_wrapper_project_participant import ResponseWrapperProjectParticipant
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: ProjectParticipant,
) -> RequestArgs:
    """The request of `POST /project/participant`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/project/participant",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectParticipant | None:
    """The answer as `ResponseWrapperProjectParticipant`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperProjectParticipant.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="ProjectParticipant_post",
    group="project_participant",
    name="post",
    method="POST",
    path="/project/participant",
    summary="[BETA] Add new project participant.",
    parameters=(),
    paginated=False,
    body_type="ProjectParticipant",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperProjectParticipant"),),
    deprecated=False,
    build=build,
    parse=parse,
)
