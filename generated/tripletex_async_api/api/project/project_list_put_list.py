"""`PUT /project/list` (ProjectList_putList): `tx.project.put_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_project import ListResponseProject
from ...models.project import Project
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[Project],
) -> RequestArgs:
    """The request of `PUT /project/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
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
    if response.status_code == 200:
        response_200 = ListResponseProject.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectList_putList",
    group="project",
    name="put_list",
    method="PUT",
    path="/project/list",
    summary="[BETA] Update multiple projects.",
    parameters=(),
    paginated=False,
    body_type="list[Project]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ListResponseProject"),),
    deprecated=False,
    build=build,
    parse=parse,
)
