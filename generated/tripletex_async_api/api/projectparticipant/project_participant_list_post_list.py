"""`POST /project/participant/list` (ProjectParticipantList_postList): `tx.project_participant.post_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_project_participant import ListResponseProjectParticipant
from ...models.project_participant import ProjectParticipant
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[ProjectParticipant],
) -> RequestArgs:
    """The request of `POST /project/participant/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/project/participant/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseProjectParticipant | None:
    """The answer as `ListResponseProjectParticipant`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponseProjectParticipant.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="ProjectParticipantList_postList",
    group="project_participant",
    name="post_list",
    method="POST",
    path="/project/participant/list",
    summary="[BETA] Add new project participant. Multiple project participants can be sent in the same request.",
    parameters=(),
    paginated=False,
    body_type="list[ProjectParticipant]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseProjectParticipant"),),
    deprecated=False,
    build=build,
    parse=parse,
)
