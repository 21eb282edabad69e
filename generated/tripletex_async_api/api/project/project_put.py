"""`PUT /project/{id}` (Project_put): `tx.project.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.project import Project
from ...models.response_wrapper_project import ResponseWrapperProject
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: Project,
) -> RequestArgs:
    """The request of `PUT /project/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/project/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProject | None:
    """The answer as `ResponseWrapperProject`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProject.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Project_put",
    group="project",
    name="put",
    method="PUT",
    path="/project/{id}",
    summary="[BETA] Update project.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="Project",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperProject"),),
    deprecated=False,
    build=build,
    parse=parse,
)
