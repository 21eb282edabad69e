"""`POST /project/list` (ProjectList_postList): `tx.project.post_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_project import ListResponseProject
from ...models.project import Project
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[Project],
) -> RequestArgs:
    """The request of `POST /project/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/project/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseProject | None:
    """The answer as `ListResponseProject`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponseProject.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="ProjectList_postList",
    group="project",
    name="post_list",
    method="POST",
    path="/project/list",
    summary="[BETA] Register new projects. Multiple projects for different users can be sent in the same request.",
    parameters=(),
    paginated=False,
    body_type="list[Project]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseProject"),),
    deprecated=False,
    build=build,
    parse=parse,
)
