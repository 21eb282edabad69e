"""`POST /project/projectActivity` (ProjectProjectActivity_post): `tx.project_project_activity.post(...)`."""

from typing import Any

import httpx

from ...models.project_activity import ProjectActivity
from ...models.response_wrapper_project_activity import ResponseWrapperProjectActivity
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: ProjectActivity,
) -> RequestArgs:
    """The request of `POST /project/projectActivity`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/project/projectActivity",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectActivity | None:
    """The answer as `ResponseWrapperProjectActivity`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperProjectActivity.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="ProjectProjectActivity_post",
    group="project_project_activity",
    name="post",
    method="POST",
    path="/project/projectActivity",
    summary="Add project activity.",
    parameters=(),
    paginated=False,
    body_type="ProjectActivity",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperProjectActivity"),),
    deprecated=False,
    build=build,
    parse=parse,
)
