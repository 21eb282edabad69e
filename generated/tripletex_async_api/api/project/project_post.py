"""`POST /project` (Project_post): `tx.project.post(...)`."""

from typing import Any

import httpx

from ...models.project import Project
from ...models.response_wrapper_project import ResponseWrapperProject
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: Project,
) -> RequestArgs:
    """The request of `POST /project`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/project",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProject | None:
    """The answer as `ResponseWrapperProject`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperProject.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="Project_post",
    group="project",
    name="post",
    method="POST",
    path="/project",
    summary="Add new project.",
    parameters=(),
    paginated=False,
    body_type="Project",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperProject"),),
    deprecated=False,
    build=build,
    parse=parse,
)
