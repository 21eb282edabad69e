"""`PUT /project/participant/{id}` (ProjectParticipant_put): `tx.project_participant.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.project_participant import ProjectParticipant
from ...models.response_wrapper_project_participant import ResponseWrapperProjectParticipant
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: ProjectParticipant,
) -> RequestArgs:
    """The request of `PUT /project/participant/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/project/participant/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectParticipant | None:
    """The answer as `ResponseWrapperProjectParticipant`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProjectParticipant.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectParticipant_put",
    group="project_participant",
    name="put",
    method="PUT",
    path="/project/participant/{id}",
    summary="[BETA] Update project participant.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="ProjectParticipant",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperProjectParticipant"),),
    deprecated=False,
    build=build,
    parse=parse,
)
