"""`DELETE /project` (Project_deleteList): `tx.project.delete_list(...)`."""

from typing import Any

import httpx

from ...models.project import Project
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[Project],
) -> RequestArgs:
    """The request of `DELETE /project`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/project",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="Project_deleteList",
    group="project",
    name="delete_list",
    method="DELETE",
    path="/project",
    summary="[BETA] Delete multiple projects.",
    parameters=(),
    paginated=False,
    body_type="list[Project]",
    body_content_type="application/json; charset=utf-8",
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
